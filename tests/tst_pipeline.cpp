// The whole color pipeline with a tiny random U-Net (colorized/imaging/pipeline.h): sizes,
// depths, L* preserved, frames, candidates, uncertainty, cancel, reproducibility, and the same
// image from the strip-by-strip pipeline of large scans.
#include "colorized/imaging/lab.h"
#include "colorized/imaging/metrics.h"
#include "colorized/imaging/pipeline.h"
#include "colorized/imaging/tensorbridge.h"

#include "tinymodel.h"

#include <algorithm>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/types.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <limits>
#include <string>

using namespace colorized;
using namespace colorized::imaging;

namespace {

// Gradient, a disc and a bar: structure for the guide, odd size to exercise the padding.
ScanImage generatedScan(int type)
{
    const bool sixteen = CV_MAT_DEPTH(type) == CV_16U;
    const double top = sixteen ? 65535.0 : 255.0;
    cv::Mat pixels(61, 90, type);
    for (int y = 0; y < pixels.rows; ++y)
        pixels.row(y).setTo(cv::Scalar::all(top * (0.15 + 0.7 * y / pixels.rows)));
    cv::circle(pixels, {30, 30}, 14, cv::Scalar(top * 0.9, top * 0.8, top * 0.7), cv::FILLED);
    cv::rectangle(pixels, cv::Rect(60, 10, 12, 40), cv::Scalar::all(top * 0.05), cv::FILLED);
    ScanImage scan;
    scan.pixels = pixels;
    scan.bitDepth = sixteen ? 16 : 8;
    scan.sourceIsGray = pixels.channels() == 1;
    return scan;
}

PipelineRequest request(int candidates, uint64_t seed = 7)
{
    PipelineRequest r;
    r.options.sampler.kind = SamplerKind::Ddim;
    r.options.sampler.steps = 4;
    r.options.sampler.seed = seed;
    r.options.candidates = candidates;
    r.hints = {{0.3, 0.5, 40.0, 20.0, {}}};
    return r;
}

}  // namespace

class TestPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void colorizesAtScanSizeAndDepth_data();
    void colorizesAtScanSizeAndDepth();
    void deliversFramesAndCandidates();
    void otherCandidateKeepsLightness();
    void sameSeedSameImage();
    void photoKeyShiftsTheSeed();
    void photoNoiseKeyReadsTheHashsFirst64Bits();
    void cancelReturnsNothing();
    void stripsGiveTheInMemoryImage_data();
    void stripsGiveTheInMemoryImage();
    void stripsRefuseAFileThatCannotBeStreamed();

private:
    QTemporaryDir dir_;
    LoadedModel model_;
};

void TestPipeline::initTestCase()
{
    QVERIFY(dir_.isValid());
    // A tiny network on 32-pixel planes: extra intra-op threads only add synchronisation, and
    // on a busy CI machine OpenMP's spinning threads make this test 30x slower.
    configureThreads(1);
    model_ = loadModel(testsupport::writeTinyModel(dir_.filePath("tiny.safetensors").toStdString()));
}

void TestPipeline::colorizesAtScanSizeAndDepth_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("tolerance");  // L* units
    QTest::newRow("16-bit BGR") << CV_16UC3 << 0.01;
    QTest::newRow("16-bit gray") << CV_16UC1 << 0.01;
    QTest::newRow("8-bit gray") << CV_8UC1 << 0.6;
}

void TestPipeline::colorizesAtScanSizeAndDepth()
{
    QFETCH(int, type);
    QFETCH(double, tolerance);
    const ScanImage scan = generatedScan(type);
    const auto outcome = colorizeScan(model_, scan, request(1));
    QVERIFY(outcome.has_value());
    QCOMPARE(outcome->image.size(), scan.pixels.size());
    QCOMPARE(outcome->image.type(), CV_MAKETYPE(scan.pixels.depth(), 3));
    const double error = cv::norm(lightness(outcome->image), lightness(scan.pixels), cv::NORM_INF);
    QVERIFY2(error <= tolerance, qPrintable(QString::number(error)));
    // Working resolution 32 (the model's): 32 x 22 content, already a multiple of the tiny
    // model's size multiple (2).
    QCOMPARE(outcome->candidatesAb.sizes().vec(), (std::vector<int64_t>{1, 2, 22, 32}));
    QCOMPARE(outcome->workingLightness.size(), cv::Size(32, 22));
    QCOMPARE(cv::norm(outcome->uncertainty, cv::NORM_INF), 0.0);  // one candidate
}

void TestPipeline::deliversFramesAndCandidates()
{
    const ScanImage scan = generatedScan(CV_16UC3);
    std::vector<ColorizeFrame> frames;
    PipelineRequest r = request(3);
    r.resolution = 40;  // overrides the model's 32
    const auto outcome =
        colorizeScan(model_, scan, r, [&](const ColorizeFrame& frame) { frames.push_back(frame); });
    QVERIFY(outcome.has_value());
    QCOMPARE(int(frames.size()), 4);
    const cv::Size content(40, 27);
    for (int i = 0; i < 4; ++i) {
        const ColorizeFrame& frame = frames[i];
        QCOMPARE(frame.index, i);
        QCOMPARE(frame.count, 4);
        // 40 x 27 content, padded to the size multiple 2; three candidates and their consensus,
        // whose state is the candidates' mean.
        QCOMPARE(frame.xt.sizes().vec(), (std::vector<int64_t>{4, 2, 28, 40}));
        QVERIFY(torch::allclose(frame.xt[3], frame.xt.narrow(0, 0, 3).mean(0), 1e-5, 1e-6));
        QCOMPARE(int(frame.noisy.size()), 4);
        QCOMPARE(int(frame.predicted.size()), 4);
        for (const cv::Mat& image : frame.noisy)
            QVERIFY(image.type() == CV_8UC3 && image.size() == content);
        for (const cv::Mat& image : frame.predicted)
            QVERIFY(image.type() == CV_8UC3 && image.size() == content);
    }
    QVERIFY(frames.front().timestep > frames.back().timestep);

    // The result shown is the consensus, after the three candidates: their mean a*b*.
    QCOMPARE(int(outcome->candidatePreviews.size()), 4);
    QCOMPARE(outcome->shown, 3);
    QVERIFY(torch::allclose(outcome->candidatesAb[3], outcome->candidatesAb.narrow(0, 0, 3).mean(0), 1e-5, 1e-6));
    QCOMPARE(outcome->candidatePreviews[0].size(), content);
    QCOMPARE(outcome->uncertainty.type(), CV_32FC1);
    QCOMPARE(outcome->uncertainty.size(), content);
    double lo, hi;
    cv::minMaxLoc(outcome->uncertainty, &lo, &hi);
    QVERIFY(lo >= 0.0 && hi > 0.0);  // different seeds per candidate disagree somewhere
    // In CIEDE2000: the mean difference of the candidates from their consensus, the mean of
    // their a*b* (computed here from the candidates alone).
    for (const cv::Point at : {cv::Point(0, 0), cv::Point(content.width / 2, content.height / 3)}) {
        const float lightness = outcome->workingLightness.at<float>(at);
        cv::Vec2f candidates[3];
        cv::Vec2f mean(0, 0);
        for (int k = 0; k < 3; ++k) {
            candidates[k] = abPlanesToMat(outcome->candidatesAb.clamp(-1, 1), k, content).at<cv::Vec2f>(at);
            mean += candidates[k] / 3.0F;
        }
        double sum = 0;
        for (const cv::Vec2f& other : candidates)
            sum += ciede2000(lightness, other[0], other[1], lightness, mean[0], mean[1]);
        QVERIFY(std::abs(outcome->uncertainty.at<float>(at) - sum / 3) < 1e-3);
    }
}

void TestPipeline::otherCandidateKeepsLightness()
{
    const ScanImage scan = generatedScan(CV_16UC3);
    const auto outcome = colorizeScan(model_, scan, request(2));
    QVERIFY(outcome.has_value());
    const cv::Mat second = composeCandidate(scan, *outcome, 1);
    QCOMPARE(second.type(), CV_16UC3);
    QVERIFY(cv::norm(second, outcome->image, cv::NORM_INF) > 0.0);
    QVERIFY(cv::norm(lightness(second), lightness(scan.pixels), cv::NORM_INF) <= 0.01);
    // Two candidates and their consensus (result 2, the one shown): there is no result 3.
    QVERIFY(cv::norm(composeCandidate(scan, *outcome, 2), outcome->image, cv::NORM_INF) == 0.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, composeCandidate(scan, *outcome, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, composeCandidate(scan, ColorizeOutcome{}, 0));
}

void TestPipeline::sameSeedSameImage()
{
    const ScanImage scan = generatedScan(CV_8UC3);
    const auto first = colorizeScan(model_, scan, request(1, 11));
    const auto again = colorizeScan(model_, scan, request(1, 11));
    QVERIFY(first && again);
    QCOMPARE(cv::norm(first->image, again->image, cv::NORM_INF), 0.0);
}

// Two photos colorized with one seed must not share their noise; the seed and the photo's key
// add up, so candidate k is still candidate 0 of seed + k for the same photo.
void TestPipeline::photoKeyShiftsTheSeed()
{
    const ScanImage scan = generatedScan(CV_8UC3);
    PipelineRequest keyed = request(1, 11);
    keyed.photoKey = 5;
    const auto withKey = colorizeScan(model_, scan, keyed);
    const auto sameSum = colorizeScan(model_, scan, request(1, 16));
    const auto withoutKey = colorizeScan(model_, scan, request(1, 11));
    QVERIFY(withKey && sameSum && withoutKey);
    QCOMPARE(cv::norm(withKey->image, sameSum->image, cv::NORM_INF), 0.0);
    QVERIFY(cv::norm(withKey->image, withoutKey->image, cv::NORM_INF) > 0.0);

    PipelineRequest wrapping = request(1, std::numeric_limits<uint64_t>::max());
    wrapping.photoKey = 17;   // max + 17 wraps to 16
    const auto wrapped = colorizeScan(model_, scan, wrapping);
    QVERIFY(wrapped);
    QCOMPARE(cv::norm(wrapped->image, sameSum->image, cv::NORM_INF), 0.0);
}

void TestPipeline::photoNoiseKeyReadsTheHashsFirst64Bits()
{
    const std::string sha = "0123456789abcdef" + std::string(48, 'f');
    QCOMPARE(photoNoiseKey(sha), uint64_t(0x0123456789abcdefULL));
    QCOMPARE(photoNoiseKey("FEDCBA9876543210"), uint64_t(0xfedcba9876543210ULL));
    QCOMPARE(photoNoiseKey(""), uint64_t(0));
    QCOMPARE(photoNoiseKey("0123456789abcde"), uint64_t(0));      // 15 digits
    QCOMPARE(photoNoiseKey("0123456789abcdeg00"), uint64_t(0));   // not hex
    QCOMPARE(photoNoiseKey("-123456789abcdef0"), uint64_t(0));    // no sign
    QCOMPARE(photoNoiseKey(" 123456789abcdef0"), uint64_t(0));    // no space
}

void TestPipeline::cancelReturnsNothing()
{
    const ScanImage scan = generatedScan(CV_16UC1);
    std::atomic<bool> cancel{true};
    QVERIFY(!colorizeScan(model_, scan, request(1), {}, &cancel).has_value());

    // Cancelled from the frame callback, as a worker's cancel button would between steps.
    cancel = false;
    int frames = 0;
    const auto outcome = colorizeScan(
        model_, scan, request(1),
        [&](const ColorizeFrame&) {
            ++frames;
            cancel = true;
        },
        &cancel);
    QVERIFY(!outcome.has_value());
    QCOMPARE(frames, 1);
}

void TestPipeline::stripsGiveTheInMemoryImage_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<QString>("extension");
    QTest::newRow("8-bit gray PNG") << CV_8UC1 << false << "png";
    QTest::newRow("16-bit gray TIFF") << CV_16UC1 << false << "tif";
    QTest::newRow("8-bit BGR TIFF") << CV_8UC3 << false << "tif";
    QTest::newRow("16-bit BGRA PNG") << CV_16UC3 << true << "png";
}

// A scan read and written in strips (the path of scans over the in-memory limit) comes out
// exactly as the same scan colorized in memory, at its depth, with its alpha; the rows are
// written in bands whose boundaries fall inside the image (61 rows, several strips).
void TestPipeline::stripsGiveTheInMemoryImage()
{
    QFETCH(int, type);
    QFETCH(bool, alpha);
    QFETCH(QString, extension);
    cv::Mat pixels = generatedScan(type).pixels;
    if (alpha) {
        cv::Mat opacity(pixels.size(), CV_MAKETYPE(pixels.depth(), 1));
        cv::randu(opacity, 0, CV_MAT_DEPTH(type) == CV_16U ? 65535 : 255);
        cv::Mat bgra;
        cv::merge(std::vector<cv::Mat>{pixels, opacity}, bgra);
        pixels = bgra;
    }
    const std::string source = dir_.filePath("strip-source." + extension).toStdString();
    QVERIFY(cv::imwrite(source, pixels));
    const ScanImage scan = loadScan(source);
    const auto inMemory = colorizeScan(model_, scan, request(2));
    QVERIFY(inMemory.has_value());

    StripOutput output;
    output.path = dir_.filePath("strip-result." + extension).toStdString();
    output.protectedPaths = {source};
    output.metadata = [](const ColorizeOutcome& outcome) {
        RowWriterMetadata metadata;
        metadata.xmpPacket = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">candidate " + std::to_string(outcome.shown)
                             + "</x:xmpmeta>";
        return metadata;
    };
    std::vector<std::pair<StripPass, int>> bands;
    output.onBand = [&](StripPass pass, int rowsDone, int rows) {
        QCOMPARE(rows, pixels.rows);
        bands.emplace_back(pass, rowsDone);
    };
    const auto inStrips = colorizeScanInStrips(model_, source, request(2), output);
    QVERIFY(inStrips.has_value());
    QCOMPARE(inStrips->shown, inMemory->shown);
    QVERIFY(inStrips->image.empty());
    // Each reading reports every band once, in order, ending at the last row.
    for (const StripPass pass : {StripPass::WorkingLightness, StripPass::Composition}) {
        std::vector<int> done;
        for (const auto& [bandPass, rowsDone] : bands)
            if (bandPass == pass)
                done.push_back(rowsDone);
        QVERIFY(!done.empty());
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(std::adjacent_find(done.begin(), done.end()), done.end());
        QCOMPARE(done.back(), pixels.rows);
    }
    QCOMPARE(bands.front().first, StripPass::WorkingLightness);
    QCOMPARE(bands.back().first, StripPass::Composition);

    const cv::Mat written = cv::imread(output.path, cv::IMREAD_UNCHANGED);
    QCOMPARE(written.depth(), pixels.depth());
    QCOMPARE(written.channels(), alpha ? 4 : 3);
    cv::Mat expected = inMemory->image;
    if (alpha)
        cv::merge(std::vector<cv::Mat>{expected, scan.alpha}, expected);
    QCOMPARE(cv::norm(written, expected, cv::NORM_INF), 0.0);

    std::ifstream file(output.path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    QVERIFY(bytes.find("candidate " + std::to_string(inMemory->shown) + "</x:xmpmeta>") != std::string::npos);
}

void TestPipeline::stripsRefuseAFileThatCannotBeStreamed()
{
    const std::string jpeg = dir_.filePath("strip-source.jpg").toStdString();
    QVERIFY(cv::imwrite(jpeg, generatedScan(CV_8UC3).pixels));
    StripOutput output;
    output.path = dir_.filePath("never.png").toStdString();
    try {
        colorizeScanInStrips(model_, jpeg, request(1), output);
        QFAIL("a JPEG was read in strips");
    } catch (const ScanStreamError& error) {
        QVERIFY2(std::string(error.what()).find("only PNG and TIFF") != std::string::npos, error.what());
    }
    QVERIFY(!QFile::exists(QString::fromStdString(output.path)));
}

QTEST_APPLESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
