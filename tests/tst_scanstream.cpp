// Scans read and written a band of rows at a time (colorized/imaging/scanstream.h): the pixels
// of every layout come through unchanged in both directions, and files that cannot be read this
// way, or are damaged, are refused with a sentence naming the file.
#include "colorized/imaging/scanstream.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <tiffio.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <filesystem>
#include <vector>

using namespace colorized::imaging;

namespace {

cv::Mat randomImage(int type, int rows = 37, int cols = 53)
{
    cv::Mat image(rows, cols, type);
    cv::randu(image, 0, CV_MAT_DEPTH(type) == CV_16U ? 65536 : 256);
    return image;
}

// Reads the whole file through a row reader, in bands of `band` rows.
cv::Mat readInBands(const std::string& path, int band)
{
    const auto reader = openScanRowReader(path);
    if (!reader)
        return {};
    const RowFormat& f = reader->format();
    cv::Mat image(f.height, f.width, CV_MAKETYPE(f.bitDepth == 16 ? CV_16U : CV_8U, f.channels));
    for (int row = 0; row < f.height; row += band) {
        const int rows = std::min(band, f.height - row);
        reader->readRows(image.ptr(row), image.step, rows);
    }
    return image;
}

void verifyRefused(const std::string& path, const std::string& reason)
{
    try {
        readInBands(path, 5);
        QFAIL("the file was read");
    } catch (const ScanStreamError& error) {
        const std::string message = error.what();
        QVERIFY2(message.find(std::filesystem::path(path).filename().string()) != std::string::npos, error.what());
        QVERIFY2(message.find(reason) != std::string::npos, error.what());
    }
}

}  // namespace

class TestScanStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void layouts_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("extension");
        for (const char* extension : {"png", "tif"}) {
            QTest::addRow("8-bit gray %s", extension) << CV_8UC1 << extension;
            QTest::addRow("16-bit gray %s", extension) << CV_16UC1 << extension;
            QTest::addRow("8-bit BGR %s", extension) << CV_8UC3 << extension;
            QTest::addRow("16-bit BGR %s", extension) << CV_16UC3 << extension;
            QTest::addRow("8-bit BGRA %s", extension) << CV_8UC4 << extension;
            QTest::addRow("16-bit BGRA %s", extension) << CV_16UC4 << extension;
        }
    }

    // OpenCV's encoders and decoders are the reference for both directions.
    void layouts()
    {
        QFETCH(int, type);
        QFETCH(QString, extension);
        const cv::Mat image = randomImage(type);
        const std::string byOpenCv = path("opencv." + extension);
        QVERIFY(cv::imwrite(byOpenCv, image));
        QCOMPARE(cv::norm(readInBands(byOpenCv, 6), image, cv::NORM_INF), 0.0);

        const std::string byRows = path("rows." + extension);
        RowFormat format{image.cols, image.rows, image.channels(), CV_MAT_DEPTH(type) == CV_16U ? 16 : 8};
        const auto writer = createScanRowWriter(byRows, format, {"<x:xmpmeta/>", "COLORIZED test", "rows"});
        for (int row = 0; row < image.rows; row += 10)
            writer->writeRows(image.ptr(row), image.step, std::min(10, image.rows - row));
        writer->finish();
        QCOMPARE(cv::norm(readInBands(byRows, 7), image, cv::NORM_INF), 0.0);
        // OpenCV reads an 8-bit TIFF with alpha through libtiff's RGBA interface, which
        // premultiplies the colors by an unassociated alpha such as ours: there it cannot be
        // the reference.
        if (!(extension == "tif" && type == CV_8UC4))
            QCOMPARE(cv::norm(cv::imread(byRows, cv::IMREAD_UNCHANGED), image, cv::NORM_INF), 0.0);
    }

    void writerNeedsEveryRow()
    {
        const auto writer = createScanRowWriter(path("short.png"), {8, 8, 1, 8}, {});
        const cv::Mat rows = randomImage(CV_8UC1, 4, 8);
        writer->writeRows(rows.data, rows.step, 4);
        QVERIFY_THROWS_EXCEPTION(ScanStreamError, writer->finish());
        QVERIFY_THROWS_EXCEPTION(ScanStreamError, createScanRowWriter(path("x.jpg"), {8, 8, 1, 8}, {}));
    }

    void otherFormatsHaveNoRowReader()
    {
        const std::string jpeg = path("photo.jpg");
        QVERIFY(cv::imwrite(jpeg, randomImage(CV_8UC3)));
        QVERIFY(openScanRowReader(jpeg) == nullptr);
    }

    void damagedPngIsRefused()
    {
        const std::string whole = path("whole.png");
        QVERIFY(cv::imwrite(whole, randomImage(CV_8UC1, 200, 200)));
        const auto size = std::filesystem::file_size(whole);
        std::filesystem::copy_file(whole, path("cut.png"));
        std::filesystem::resize_file(path("cut.png"), size / 2);
        verifyRefused(path("cut.png"), "damaged or incomplete");
    }

    // libtiff can read tiles, but not as rows in order with bounded memory.
    void tiledTiffIsRefused()
    {
        const std::string tiled = path("tiled.tif");
        TIFF* tiff = TIFFOpen(tiled.c_str(), "w");
        QVERIFY(tiff);
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, 32);
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, 32);
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, 8);
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, 1);
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISBLACK);
        TIFFSetField(tiff, TIFFTAG_TILEWIDTH, 16);
        TIFFSetField(tiff, TIFFTAG_TILELENGTH, 16);
        std::vector<unsigned char> tile(16 * 16, 100);
        for (unsigned y = 0; y < 32; y += 16)
            for (unsigned x = 0; x < 32; x += 16)
                TIFFWriteTile(tiff, tile.data(), x, y, 0, 0);
        TIFFClose(tiff);
        verifyRefused(tiled, "stored in tiles");
    }

    // The fuzzer's seeds and every input it found (tests/data/fuzz/scan/): each is read, within
    // the limits, or refused with a sentence naming the file; never a crash or another error.
    void fuzzCorpusIsReadOrRefused()
    {
        const QDir corpus(QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/fuzz/scan"));
        const auto files = corpus.entryInfoList(QDir::Files);
        QVERIFY(!files.isEmpty());
        int refused = 0;
        for (const QFileInfo& file : files) {
            try {
                const auto reader = openScanRowReader(file.filePath().toStdString());
                QVERIFY(reader);
                const RowFormat& f = reader->format();
                QVERIFY(f.width > 0 && f.height > 0 && f.width <= StreamLimits::kMaxSide && f.height <= StreamLimits::kMaxSide);
                std::vector<std::uint8_t> row(f.rowBytes());
                for (int y = 0; y < std::min(f.height, 64); ++y)
                    reader->readRows(row.data(), row.size(), 1);
                QVERIFY2(!file.fileName().startsWith("refused-"), qPrintable(file.fileName()));
            } catch (const ScanStreamError& error) {
                ++refused;
                const std::string message = error.what();
                QVERIFY2(message.find(file.fileName().toStdString()) != std::string::npos, error.what());
                QVERIFY2(message.back() == '.' && message.find('\n') == std::string::npos, error.what());
            }
        }
        QVERIFY(refused >= 3);   // the seeds named refused-* at least
    }

private:
    std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }
    std::string path(const char* name) const { return path(QString::fromLatin1(name)); }
    QTemporaryDir dir_;
};

QTEST_APPLESS_MAIN(TestScanStream)
#include "tst_scanstream.moc"
