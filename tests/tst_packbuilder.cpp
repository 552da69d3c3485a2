// Lab packs from generated images: shape, geometry (scale + center crop), the 8-bit Lab
// encoding against published values and OpenCV's own converter, L* from the scan of a pair,
// skipped files, progress, cancel and a file round trip.
#include "colorized/imaging/packbuilder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <torch/types.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

using namespace colorized;
using namespace colorized::imaging;

namespace {

// Expected bytes of a CIE Lab color in the pack encoding.
cv::Vec3i encoded(double l, double a, double b)
{
    return {static_cast<int>(std::lround(l * 255.0 / 100.0)),
            static_cast<int>(std::lround(a + 128.0)), static_cast<int>(std::lround(b + 128.0))};
}

// Pixel (y, x) of pack entry n as (L, a, b) bytes.
cv::Vec3i packPixel(const torch::Tensor& lab, int64_t n, int64_t y, int64_t x)
{
    return {lab[n][0][y][x].item<int>(), lab[n][1][y][x].item<int>(), lab[n][2][y][x].item<int>()};
}

bool near(const cv::Vec3i& actual, const cv::Vec3i& expected, int tolerance = 1)
{
    for (int c = 0; c < 3; ++c)
        if (std::abs(actual[c] - expected[c]) > tolerance)
            return false;
    return true;
}

QByteArray text(const cv::Vec3i& v)
{
    return QByteArray::number(v[0]) + ", " + QByteArray::number(v[1]) + ", "
           + QByteArray::number(v[2]);
}

std::string writeImage(const QTemporaryDir& dir, const QString& name, const cv::Mat& image)
{
    const std::string path = dir.filePath(name).toStdString();
    if (!cv::imwrite(path, image))
        qFatal("cannot write %s", path.c_str());
    return path;
}

TrainingItem colorOnly(const std::string& path)
{
    TrainingItem item;
    item.name = path;
    item.colorPath = path;
    return item;
}

}  // namespace

class TestPackBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownColorsAreEncoded();
    void scalesShortSideAndCropsCenter();
    void pairTakesLightnessFromScan();
    void sixteenBitMatchesEightBit();
    void buildsPackAndSkipsUnreadable();
    void progressAndCancel();
    void roundTripThroughFile();
    void folderIsPairedOnceAndPackedInParts();
    void rejectsBadSize();
};

void TestPackBuilder::knownColorsAreEncoded()
{
    // Published sRGB -> CIE Lab (D65) values: red (53.24, 80.09, 67.20), blue (32.30, 79.19,
    // -107.86), white (100, 0, 0), sRGB gray 119 (L* 50.0).
    const cv::Scalar colors[] = {{0, 0, 255}, {255, 0, 0}, {255, 255, 255}, {119, 119, 119}};
    const cv::Vec3i expected[] = {encoded(53.24, 80.09, 67.20), encoded(32.30, 79.19, -107.86),
                                  encoded(100, 0, 0), encoded(50.0, 0, 0)};
    for (int i = 0; i < 4; ++i) {
        const cv::Mat image(40, 60, CV_8UC3, colors[i]);
        const cv::Mat entry = packImage(image, cv::Mat(), 16);
        QCOMPARE(entry.type(), CV_8UC3);
        QCOMPARE(entry.size(), cv::Size(16, 16));
        const cv::Vec3i actual = entry.at<cv::Vec3b>(8, 8);
        QVERIFY2(near(actual, expected[i]),
                 (text(actual) + " vs " + text(expected[i])).constData());
        // OpenCV's own 8-bit converter, an independent implementation of the same encoding.
        cv::Mat reference;
        cv::cvtColor(cv::Mat(1, 1, CV_8UC3, colors[i]), reference, cv::COLOR_BGR2Lab);
        const cv::Vec3i opencv = reference.at<cv::Vec3b>(0, 0);
        QVERIFY2(near(actual, opencv), (text(actual) + " vs OpenCV " + text(opencv)).constData());
    }
}

void TestPackBuilder::scalesShortSideAndCropsCenter()
{
    // Landscape 300 x 100 in thirds: red | green | blue. S = 32: scaled to 96 x 32, the center
    // crop is exactly the green third.
    cv::Mat landscape(100, 300, CV_8UC3, cv::Scalar(0, 0, 255));
    landscape(cv::Rect(100, 0, 100, 100)).setTo(cv::Scalar(0, 255, 0));
    landscape(cv::Rect(200, 0, 100, 100)).setTo(cv::Scalar(255, 0, 0));
    cv::Mat green;
    cv::cvtColor(cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 255, 0)), green, cv::COLOR_BGR2Lab);
    const cv::Vec3i greenLab = green.at<cv::Vec3b>(0, 0);
    const cv::Mat entry = packImage(landscape, cv::Mat(), 32);
    for (int x : {0, 16, 31})
        QVERIFY2(near(entry.at<cv::Vec3b>(16, x), greenLab), qPrintable(QString::number(x)));

    // Portrait: the same along the other axis.
    cv::Mat portrait;
    cv::transpose(landscape, portrait);
    const cv::Mat entryPortrait = packImage(portrait, cv::Mat(), 32);
    for (int y : {0, 16, 31})
        QVERIFY(near(entryPortrait.at<cv::Vec3b>(y, 16), greenLab));
}

void TestPackBuilder::pairTakesLightnessFromScan()
{
    // The scan is uniform sRGB gray 100 (L* 42.37); the color reference, at another size of
    // the same shape, is pure blue (L* 32.30, a* 79.19, b* -107.86). The pack holds the scan's
    // L* with the reference's a*b*.
    const cv::Mat scan(80, 120, CV_8UC1, cv::Scalar(100));
    const cv::Mat color(40, 60, CV_8UC3, cv::Scalar(255, 0, 0));
    const cv::Mat entry = packImage(color, scan, 24);
    const cv::Vec3i expected = encoded(42.37, 79.19, -107.86);
    for (int y : {0, 12, 23})
        for (int x : {0, 12, 23}) {
            const cv::Vec3i actual = entry.at<cv::Vec3b>(y, x);
            QVERIFY2(near(actual, expected), (text(actual) + " vs " + text(expected)).constData());
        }
}

void TestPackBuilder::sixteenBitMatchesEightBit()
{
    cv::Mat image8(48, 64, CV_8UC3);
    cv::RNG(9).fill(image8, cv::RNG::UNIFORM, 0, 256);
    cv::GaussianBlur(image8, image8, cv::Size(5, 5), 2.0);
    cv::Mat image16;
    image8.convertTo(image16, CV_16U, 257.0);
    cv::Mat difference;
    cv::absdiff(packImage(image8, cv::Mat(), 32), packImage(image16, cv::Mat(), 32), difference);
    double worst = 0.0;
    cv::minMaxLoc(difference.reshape(1), nullptr, &worst);
    QVERIFY(worst <= 1.0);
}

void TestPackBuilder::buildsPackAndSkipsUnreadable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<TrainingItem> items;
    const cv::Mat red(50, 70, CV_8UC3, cv::Scalar(0, 0, 255));
    const cv::Mat blue(30, 30, CV_8UC3, cv::Scalar(255, 0, 0));
    items.push_back(colorOnly(writeImage(dir, "red.png", red)));
    items.push_back(colorOnly(dir.filePath("missing.png").toStdString()));
    TrainingItem pair = colorOnly(writeImage(dir, "blue_color.png", blue));
    pair.grayPath = writeImage(dir, "blue.png", cv::Mat(60, 60, CV_8UC1, cv::Scalar(100)));
    items.push_back(pair);

    PackOptions options;
    options.size = 16;
    options.source = "generated";
    options.terms = "test images";
    const auto result = buildLabPack(items, options);
    QVERIFY(result);
    const torch::Tensor& lab = result->pack.lab;
    QCOMPARE(lab.scalar_type(), torch::kByte);
    QCOMPARE(lab.sizes().vec(), (std::vector<int64_t>{2, 3, 16, 16}));
    QVERIFY(lab.is_contiguous());
    QCOMPARE(result->skipped.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(result->skipped[0].path), dir.filePath("missing.png"));
    QVERIFY(!result->skipped[0].reason.empty());

    // Items' order kept around the gap: red, then the pair.
    QVERIFY(near(packPixel(lab, 0, 8, 8), encoded(53.24, 80.09, 67.20)));
    QVERIFY(near(packPixel(lab, 1, 8, 8), encoded(42.37, 79.19, -107.86)));

    const auto& meta = result->pack.metadata;
    QCOMPARE(meta.at("source"), std::string("generated"));
    QCOMPARE(meta.at("terms"), std::string("test images"));
    QCOMPARE(meta.at("images"), std::string("2"));
    QCOMPARE(meta.at("size"), std::string("16"));
    QCOMPARE(meta.at("pairs"), std::string("1"));
    QCOMPARE(meta.at("color_only"), std::string("1"));
    QCOMPARE(meta.at("skipped"), std::string("1"));
    QVERIFY(!meta.at("created").empty());

    // Nothing readable at all is an error, not an empty pack.
    const std::vector<TrainingItem> unreadable = {colorOnly(dir.filePath("no.png").toStdString())};
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, buildLabPack(unreadable, options));
}

void TestPackBuilder::progressAndCancel()
{
    QTemporaryDir dir;
    std::vector<TrainingItem> items;
    for (int i = 0; i < 10; ++i) {
        const cv::Mat image(20, 20, CV_8UC3, cv::Scalar(10 * i, 50, 200));
        items.push_back(colorOnly(writeImage(dir, QString("p%1.png").arg(i), image)));
    }
    PackOptions options;
    options.size = 8;
    std::vector<std::size_t> done;
    const auto result = buildLabPack(items, options, [&](std::size_t d, std::size_t total) {
        QCOMPARE(total, std::size_t(10));
        done.push_back(d);
    });
    QVERIFY(result);
    QCOMPARE(result->pack.lab.size(0), int64_t(10));
    QVERIFY(done.size() >= 2);
    QCOMPARE(done.front(), std::size_t(0));
    QCOMPARE(done.back(), std::size_t(10));
    QVERIFY(std::is_sorted(done.begin(), done.end()));

    std::atomic<bool> cancel{false};
    const auto cancelAtOnce = [&](std::size_t, std::size_t) { cancel = true; };
    const auto cancelled = buildLabPack(items, options, cancelAtOnce, &cancel);
    QVERIFY(!cancelled);
}

void TestPackBuilder::roundTripThroughFile()
{
    QTemporaryDir dir;
    std::vector<TrainingItem> items;
    for (int i = 0; i < 3; ++i) {
        const cv::Mat image(24, 40, CV_8UC3, cv::Scalar(30, 80 * i, 200));
        items.push_back(colorOnly(writeImage(dir, QString("p%1.png").arg(i), image)));
    }
    PackOptions options;
    options.size = 16;
    const auto result = buildLabPack(items, options);
    QVERIFY(result);
    const std::string path = dir.filePath("pack.safetensors").toStdString();
    writeLabPack(path, result->pack);
    const LabPack read = readLabPack(path);
    QVERIFY(read.lab.equal(result->pack.lab));
    QCOMPARE(read.metadata.at("images"), std::string("3"));
}

void TestPackBuilder::folderIsPairedOnceAndPackedInParts()
{
    // Eight color photos with hues across the image (a flat color would count as monochrome).
    QTemporaryDir dir;
    for (int i = 0; i < 8; ++i) {
        cv::Mat image(40, 48, CV_8UC3);
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.cols; ++x)
                image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(20 * i + 10), uchar(6 * y), uchar(5 * x));
        writeImage(dir, QString("p%1.png").arg(i), image);
    }
    const std::string folder = dir.path().toStdString();
    PackOptions options;
    options.size = 8;
    FolderPackProgress progress;
    int pairedCalls = 0;
    std::vector<std::size_t> packed;
    progress.paired = [&](const PairingReport& report) {
        ++pairedCalls;
        QCOMPARE(report.items.size(), std::size_t(8));
        QVERIFY(packed.empty());   // before any packing
    };
    progress.packing = [&](std::size_t done, std::size_t total) {
        QCOMPARE(total, std::size_t(16));   // all parts together
        packed.push_back(done);
    };
    const auto result =
        packFolder(folder, {FolderPart::All, FolderPart::Training, FolderPart::HeldOut}, {}, options, progress);
    QVERIFY(result);
    QCOMPARE(pairedCalls, 1);
    QCOMPARE(result->packs.size(), std::size_t(3));
    QCOMPARE(result->packs[0].pack.lab.size(0), int64_t(8));
    QCOMPARE(result->packs[1].pack.lab.size(0), int64_t(5));
    QCOMPARE(result->packs[2].pack.lab.size(0), int64_t(3));   // dataset.h: at least 3 held out
    QCOMPARE(result->report.split.heldOut.size(), std::size_t(3));
    QCOMPARE(result->packs[0].pack.metadata.at("source"), folder);
    QVERIFY(std::is_sorted(packed.begin(), packed.end()));
    QCOMPARE(packed.back(), std::size_t(16));

    // The held-out pack holds exactly the held-out items: the same bytes as packing them alone.
    const auto alone = buildLabPack(result->report.split.heldOut, options);
    QVERIFY(alone);
    QVERIFY(alone->pack.lab.equal(result->packs[2].pack.lab));

    std::atomic<bool> cancel{false};
    FolderPackProgress cancelling;
    cancelling.paired = [&](const PairingReport&) { cancel = true; };
    QVERIFY(!packFolder(folder, {FolderPart::All}, {}, options, cancelling, &cancel));
}

void TestPackBuilder::rejectsBadSize()
{
    const cv::Mat image(10, 10, CV_8UC3, cv::Scalar::all(0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, packImage(image, cv::Mat(), 4));
    PackOptions options;
    options.size = 0;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildLabPack({}, options));
}

QTEST_GUILESS_MAIN(TestPackBuilder)
#include "tst_packbuilder.moc"
