// Loading scans as they are: depth, channels, alpha, EXIF orientation, clear errors
// (colorized/imaging/scan.h). Every image is made here.
#include "colorized/imaging/scan.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <tiffio.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace colorized::imaging;

namespace {

cv::Mat randomImage(cv::Size size, int type, std::uint64_t seed)
{
    cv::Mat image(size, type);
    const double top = CV_MAT_DEPTH(type) == CV_8U ? 256.0 : 65536.0;
    cv::RNG(seed).fill(image, cv::RNG::UNIFORM, 0.0, top);
    return image;
}

// A 96x64 color JPEG with smooth content, encoded by OpenCV: a well-formed file to damage.
QByteArray jpegBytes()
{
    cv::Mat image(64, 96, CV_8UC3);
    for (int y = 0; y < image.rows; ++y)
        for (int x = 0; x < image.cols; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 2), uchar(y * 3), uchar(x + y));
    std::vector<uchar> encoded;
    cv::imencode(".jpg", image, encoded);
    return QByteArray(reinterpret_cast<const char*>(encoded.data()), int(encoded.size()));
}

bool identical(const cv::Mat& a, const cv::Mat& b)
{
    return a.type() == b.type() && a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

// Four distinct quadrants, wider than high: every EXIF orientation gives a different image.
cv::Mat asymmetricImage()
{
    cv::Mat image(32, 64, CV_8UC3);
    image(cv::Rect(0, 0, 32, 16)).setTo(cv::Scalar(0, 0, 255));
    image(cv::Rect(32, 0, 32, 16)).setTo(cv::Scalar(0, 255, 0));
    image(cv::Rect(0, 16, 32, 16)).setTo(cv::Scalar(255, 0, 0));
    image(cv::Rect(32, 16, 32, 16)).setTo(cv::Scalar(255, 255, 255));
    return image;
}

// The upright image a viewer shows for a stored image with this EXIF orientation (EXIF 2.3,
// tag 0x0112), written independently of the loader's transforms.
cv::Mat upright(const cv::Mat& stored, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2: cv::flip(stored, out, 1); break;
    case 3: cv::rotate(stored, out, cv::ROTATE_180); break;
    case 4: cv::flip(stored, out, 0); break;
    case 5: cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE); cv::flip(out, out, 1); break;
    case 6: cv::rotate(stored, out, cv::ROTATE_90_CLOCKWISE); break;
    case 7: cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE); cv::flip(out, out, 1); break;
    case 8: cv::rotate(stored, out, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: out = stored.clone(); break;
    }
    return out;
}

// A JPEG with an APP1 Exif segment holding only IFD0 / Orientation, right after SOI.
QByteArray jpegWithOrientation(const cv::Mat& image, int orientation)
{
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", image, jpeg, {cv::IMWRITE_JPEG_QUALITY, 100});
    const char app1[] = {
        '\xFF', '\xE1', 0, 34,                    // APP1, length 34 (incl. these 2 bytes)
        'E', 'x', 'i', 'f', 0, 0,                 // Exif identifier
        'M', 'M', 0, 42, 0, 0, 0, 8,              // big-endian TIFF header, IFD0 at 8
        0, 1,                                     // one entry
        0x01, 0x12, 0, 3, 0, 0, 0, 1,             // Orientation, SHORT, count 1
        0, static_cast<char>(orientation), 0, 0,  // value
        0, 0, 0, 0};                              // no next IFD
    QByteArray bytes(reinterpret_cast<const char*>(jpeg.data()), static_cast<int>(jpeg.size()));
    bytes.insert(2, app1, sizeof(app1));
    return bytes;
}

// An 8-bit CMYK (PhotometricInterpretation = separated) TIFF, one ink value per channel.
bool writeCmykTiff(const QString& path, cv::Size size, const uchar (&cmyk)[4])
{
    TIFF* tiff = TIFFOpen(path.toLocal8Bit().constData(), "w");
    if (!tiff)
        return false;
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, size.width);
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, size.height);
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 4);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_SEPARATED);
    TIFFSetField(tiff, TIFFTAG_INKSET, INKSET_CMYK);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, size.height);
    std::vector<uchar> row(4 * size.width);
    for (int x = 0; x < size.width; ++x)
        std::copy(std::begin(cmyk), std::end(cmyk), row.begin() + 4 * x);
    bool ok = true;
    for (int y = 0; y < size.height; ++y)
        ok = ok && TIFFWriteScanline(tiff, row.data(), y, 0) == 1;
    TIFFClose(tiff);
    return ok;
}

// An 8-bit RGB TIFF with the given Orientation tag (libtiff; OpenCV cannot write the tag).
bool writeOrientedTiff(const QString& path, const cv::Mat& bgr, int orientation)
{
    TIFF* tiff = TIFFOpen(path.toLocal8Bit().constData(), "w");
    if (!tiff)
        return false;
    TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, bgr.cols);
    TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, bgr.rows);
    TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 3);
    TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
    TIFFSetField(tiff, TIFFTAG_ORIENTATION, orientation);
    TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, bgr.rows);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    bool ok = true;
    for (int y = 0; y < rgb.rows; ++y)
        ok = ok && TIFFWriteScanline(tiff, rgb.ptr(y), y, 0) == 1;
    TIFFClose(tiff);
    return ok;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString scanErrorMessage(const QString& path)
{
    try {
        loadScan(path.toStdString());
    } catch (const ScanError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace

class TestScan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void reads16BitTiff();
    void reads8BitColorJpeg();
    void readsGrayPng();
    void grayStoredAsRgbBecomesGray();
    void splitsAlpha_data();
    void splitsAlpha();
    void convertsCmykTiff();
    void appliesExifOrientation_data();
    void appliesExifOrientation();
    void appliesTiffOrientation_data() { appliesExifOrientation_data(); }
    void appliesTiffOrientation();
    void reportsBadFiles_data();
    void reportsBadFiles();
    void readsJpegWithDataAfterTheEnd();

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
};

void TestScan::reads16BitTiff()
{
    const cv::Mat image = randomImage({83, 57}, CV_16UC3, 1);
    const QString file = path("scan16.tif");
    QVERIFY(cv::imwrite(file.toStdString(), image));
    const ScanImage scan = loadScan(file.toStdString());
    QCOMPARE(scan.bitDepth, 16);
    QVERIFY(identical(scan.pixels, image));
    QVERIFY(scan.alpha.empty());
    QVERIFY(!scan.sourceIsGray);
    QCOMPARE(QString::fromStdString(scan.sourcePath), file);
}

void TestScan::reads8BitColorJpeg()
{
    const QString file = path("color.jpg");
    QVERIFY(cv::imwrite(file.toStdString(), asymmetricImage()));
    const ScanImage scan = loadScan(file.toStdString());
    QCOMPARE(scan.pixels.type(), CV_8UC3);
    QCOMPARE(scan.bitDepth, 8);
    QVERIFY(scan.note.empty());
}

void TestScan::readsGrayPng()
{
    const cv::Mat image = randomImage({31, 17}, CV_16UC1, 2);
    const QString file = path("gray16.png");
    QVERIFY(cv::imwrite(file.toStdString(), image));
    const ScanImage scan = loadScan(file.toStdString());
    QVERIFY(identical(scan.pixels, image));
    QVERIFY(scan.sourceIsGray);
    QCOMPARE(scan.bitDepth, 16);
}

void TestScan::grayStoredAsRgbBecomesGray()
{
    const cv::Mat gray = randomImage({20, 10}, CV_8UC1, 3);
    cv::Mat bgr;
    cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
    const QString file = path("gray-as-rgb.png");
    QVERIFY(cv::imwrite(file.toStdString(), bgr));
    const ScanImage scan = loadScan(file.toStdString());
    QVERIFY(identical(scan.pixels, gray));
    QVERIFY(scan.sourceIsGray);
    QVERIFY(!scan.note.empty());
}

void TestScan::splitsAlpha_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("8-bit RGBA") << CV_8UC4;
    QTest::newRow("16-bit RGBA") << CV_16UC4;
}

void TestScan::splitsAlpha()
{
    QFETCH(int, type);
    const cv::Mat image = randomImage({40, 25}, type, 4);
    const QString file = path(QString("rgba%1.png").arg(type));
    QVERIFY(cv::imwrite(file.toStdString(), image));
    const ScanImage scan = loadScan(file.toStdString());
    std::vector<cv::Mat> planes;
    cv::split(image, planes);
    cv::Mat bgr;
    cv::merge(std::vector<cv::Mat>(planes.begin(), planes.begin() + 3), bgr);
    QVERIFY(identical(scan.pixels, bgr));
    QVERIFY(identical(scan.alpha, planes[3]));
}

void TestScan::convertsCmykTiff()
{
    const QString file = path("cmyk.tif");
    const uchar cyan[4] = {255, 0, 0, 0};
    QVERIFY(writeCmykTiff(file, {12, 7}, cyan));
    const ScanImage scan = loadScan(file.toStdString());
    QCOMPARE(scan.pixels.type(), CV_8UC3);
    QCOMPARE(scan.pixels.size(), cv::Size(12, 7));
    QVERIFY(scan.alpha.empty());  // no ink channel mistaken for transparency
    QCOMPARE(scan.pixels.at<cv::Vec3b>(3, 5), cv::Vec3b(255, 255, 0));  // BGR cyan
    QVERIFY(QString::fromStdString(scan.note).contains("CMYK"));
}

void TestScan::appliesExifOrientation_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::addRow("orientation %d", o) << o;
}

void TestScan::appliesExifOrientation()
{
    QFETCH(int, orientation);
    const cv::Mat stored = asymmetricImage();
    const QString file = path(QString("exif%1.jpg").arg(orientation));
    writeBytes(file, jpegWithOrientation(stored, orientation));
    const ScanImage scan = loadScan(file.toStdString());
    const cv::Mat expected = upright(stored, orientation);
    QCOMPARE(scan.pixels.size(), expected.size());
    // JPEG blurs the quadrant borders a little; a wrong orientation is off by ~128 on average.
    const double meanError = cv::norm(scan.pixels, expected, cv::NORM_L1) / expected.total() / 3;
    QVERIFY2(meanError < 8.0, qPrintable(QString::number(meanError)));
    QCOMPARE(scan.note.empty(), orientation == 1);
}

void TestScan::appliesTiffOrientation()
{
    QFETCH(int, orientation);
    const cv::Mat stored = asymmetricImage();
    const QString file = path(QString("oriented%1.tif").arg(orientation));
    QVERIFY(writeOrientedTiff(file, stored, orientation));
    const ScanImage scan = loadScan(file.toStdString());
    const cv::Mat expected = upright(stored, orientation);
    QCOMPARE(scan.pixels.size(), expected.size());
    QCOMPARE(cv::norm(scan.pixels, expected, cv::NORM_INF), 0.0);  // lossless: exact
}

void TestScan::reportsBadFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");  // empty with name "missing": not created
    QTest::addColumn<QString>("expected");    // part of the message

    std::vector<uchar> png;
    cv::imencode(".png", randomImage({64, 64}, CV_8UC3, 5), png);
    const QByteArray pngBytes(reinterpret_cast<const char*>(png.data()), int(png.size()));

    QTest::newRow("missing") << "missing.png" << QByteArray() << "does not exist";
    QTest::newRow("folder") << "folder.png" << QByteArray() << "is not a file";
    QTest::newRow("empty") << "empty.jpg" << QByteArray("") << "is empty";
    QTest::newRow("text") << "notes.txt" << QByteArray("Box 12, folder 3: portraits\n")
                          << "not an image";
    QTest::newRow("text named .jpg") << "fake.jpg" << QByteArray("not a JPEG at all\n")
                                     << "not an image";
    QTest::newRow("garbage after PNG signature")
        << "corrupt.png" << pngBytes.left(8) + QByteArray(200, '\x5a') << "damaged";
    QTest::newRow("truncated PNG") << "truncated.png" << pngBytes.left(pngBytes.size() / 3)
                                   << "damaged";
    // libjpeg decodes this without an error and paints the missing rows gray.
    QTest::newRow("truncated JPEG") << "truncated.jpg" << jpegBytes().left(jpegBytes().size() * 2 / 3)
                                    << "incomplete";
}

void TestScan::readsJpegWithDataAfterTheEnd()
{
    // Some cameras append their own records after the end-of-image marker; the picture is whole.
    const QString file = path("trailer.jpg");
    writeBytes(file, jpegBytes() + QByteArray("SEFH trailer written by a phone camera", 38));
    const auto scan = loadScan(file.toStdString());
    QCOMPARE(scan.pixels.cols, 96);
    QCOMPARE(scan.pixels.rows, 64);
}

void TestScan::reportsBadFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString file = path(name);
    if (name == "folder.png")
        QVERIFY(QDir(dir_.path()).mkdir(name));
    else if (name != "missing.png")
        writeBytes(file, content);
    const QString message = scanErrorMessage(file);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(name), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestScan)
#include "tst_scan.moc"
