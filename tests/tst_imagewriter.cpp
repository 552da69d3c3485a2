// Atomic result writing that never replaces an input (colorized/imaging/imagewriter.h).
#include "colorized/imaging/imagewriter.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace colorized::imaging;

namespace {

cv::Mat randomImage(cv::Size size, int type, std::uint64_t seed)
{
    cv::Mat image(size, type);
    const double top = CV_MAT_DEPTH(type) == CV_8U ? 256.0 : 65536.0;
    cv::RNG(seed).fill(image, cv::RNG::UNIFORM, 0.0, top);
    return image;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeErrorMessage(const QString& path, const cv::Mat& image,
                          const ImageWriteOptions& options = {})
{
    try {
        writeImage(path.toStdString(), image, options);
    } catch (const ImageWriteError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

}  // namespace

class TestImageWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { dir_.reset(new QTemporaryDir); QVERIFY(dir_->isValid()); }
    void keepsSixteenBits_data();
    void keepsSixteenBits();
    void jpegIsEightBit();
    void replacesAnEarlierResult();
    void refusesTheSource_data();
    void refusesTheSource();
    void failedCommitLeavesTargetAlone();
    void rejectsBadTargets();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    // Only the given names are in the folder: no temporary file was left behind.
    void expectOnly(const QStringList& names) const
    {
        QStringList entries = QDir(dir_->path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
        entries.sort();
        QStringList expected = names;
        expected.sort();
        QCOMPARE(entries, expected);
    }
    std::unique_ptr<QTemporaryDir> dir_;
};

void TestImageWriter::keepsSixteenBits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::newRow("PNG BGR") << "out.png" << CV_16UC3;
    QTest::newRow("PNG gray") << "out.png" << CV_16UC1;
    QTest::newRow("TIFF BGR") << "out.tif" << CV_16UC3;
    QTest::newRow("TIFF BGRA") << "out.TIFF" << CV_16UC4;
    QTest::newRow("PNG 8-bit") << "out.png" << CV_8UC3;
}

void TestImageWriter::keepsSixteenBits()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    const cv::Mat image = randomImage({45, 29}, type, 1);
    writeImage(path(name).toStdString(), image);
    const cv::Mat back = cv::imread(path(name).toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(back.type(), type);
    QCOMPARE(cv::norm(back, image, cv::NORM_INF), 0.0);
    expectOnly({name});
}

void TestImageWriter::jpegIsEightBit()
{
    cv::Mat image(32, 48, CV_16UC3, cv::Scalar(257 * 40, 257 * 120, 257 * 200));
    writeImage(path("out.jpg").toStdString(), image);
    const cv::Mat back = cv::imread(path("out.jpg").toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(back.type(), CV_8UC3);
    QVERIFY(cv::norm(back, cv::Mat(32, 48, CV_8UC3, cv::Scalar(40, 120, 200)), cv::NORM_INF) <= 3);
    expectOnly({"out.jpg"});
}

void TestImageWriter::replacesAnEarlierResult()
{
    const QString out = path("result.png");
    writeImage(out.toStdString(), randomImage({10, 10}, CV_8UC3, 1));
    const cv::Mat second = randomImage({12, 8}, CV_8UC3, 2);
    writeImage(out.toStdString(), second);
    QCOMPARE(cv::norm(cv::imread(out.toStdString(), cv::IMREAD_UNCHANGED), second, cv::NORM_INF), 0.0);
    expectOnly({"result.png"});
}

void TestImageWriter::refusesTheSource_data()
{
    QTest::addColumn<QString>("spelling");  // how the output path names the scan
    QTest::newRow("same path") << "scan.png";
    QTest::newRow("other spelling") << "./sub/../scan.png";
    QTest::newRow("symlink") << "link.png";
    QTest::newRow("hard link") << "hard.png";
}

void TestImageWriter::refusesTheSource()
{
    QFETCH(QString, spelling);
    const QString scan = path("scan.png");
    QVERIFY(cv::imwrite(scan.toStdString(), randomImage({16, 16}, CV_16UC1, 3)));
    QVERIFY(QDir(dir_->path()).mkdir("sub"));
    std::filesystem::create_symlink(scan.toStdString(), path("link.png").toStdString());
    std::filesystem::create_hard_link(scan.toStdString(), path("hard.png").toStdString());
    const QByteArray before = contents(scan);

    ImageWriteOptions options;
    options.protectedPaths = {scan.toStdString()};
    const QString message =
        writeErrorMessage(path(spelling), randomImage({16, 16}, CV_8UC3, 4), options);
    QVERIFY2(message.contains("Refusing to overwrite the original scan"), qPrintable(message));
    QVERIFY(message.contains("scan.png"));
    QCOMPARE(contents(scan), before);
    expectOnly({"scan.png", "link.png", "hard.png"});

    // A different name beside it is fine.
    writeImage(path("scan-colorized.png").toStdString(), randomImage({16, 16}, CV_8UC3, 4), options);
    QCOMPARE(contents(scan), before);
}

void TestImageWriter::failedCommitLeavesTargetAlone()
{
    const QString out = path("result.tif");
    writeImage(out.toStdString(), randomImage({10, 10}, CV_16UC3, 1));
    const QByteArray before = contents(out);

    ImageWriteOptions options;
    bool sawCompleteFile = false;
    options.beforeCommit = [&](const std::string& temporary) {
        sawCompleteFile = cv::imread(temporary, cv::IMREAD_UNCHANGED).size() == cv::Size(20, 20);
        throw ImageWriteError("metadata could not be embedded");
    };
    QVERIFY_THROWS_EXCEPTION(ImageWriteError,
                             writeImage(out.toStdString(), randomImage({20, 20}, CV_16UC3, 2), options));
    QVERIFY(sawCompleteFile);
    QCOMPARE(contents(out), before);
    expectOnly({"result.tif"});
}

void TestImageWriter::rejectsBadTargets()
{
    const cv::Mat image = randomImage({8, 8}, CV_8UC3, 5);
    QVERIFY(writeErrorMessage(path("out.bmp"), image).contains(".png, .tif or .jpg"));
    QVERIFY(writeErrorMessage(path("missing/out.png"), image).contains("does not exist"));
    QVERIFY(writeErrorMessage(path("out.png"), cv::Mat(8, 8, CV_32FC3)).contains("expected"));
    expectOnly({});
}

QTEST_APPLESS_MAIN(TestImageWriter)
#include "tst_imagewriter.moc"
