// Working-resolution geometry and the cv::Mat <-> torch::Tensor bridge
// (colorized/imaging/tensorbridge.h).
#include "colorized/imaging/tensorbridge.h"

#include <opencv2/core.hpp>
#include <torch/types.h>

#include <QTest>

#include <limits>

using namespace colorized::imaging;

Q_DECLARE_METATYPE(cv::Size)

class TestTensorBridge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workingSizeKeepsAspect_data();
    void workingSizeKeepsAspect();
    void luminanceIsPaddedByReplication_data();
    void luminanceIsPaddedByReplication();
    void hintsBecomeSmallSquares();
    void hintsAtTheBorderStayInside();
    void hostileHintsStayWithinTheModelsRange();
    void keptHintsAreSoftWeightedDiscs();
    void abPlanesCropAndScale();
};

void TestTensorBridge::workingSizeKeepsAspect_data()
{
    QTest::addColumn<cv::Size>("full");
    QTest::addColumn<int>("longSide");
    QTest::addColumn<cv::Size>("expected");
    QTest::newRow("landscape 6000x4000") << cv::Size(6000, 4000) << 128 << cv::Size(128, 85);
    QTest::newRow("portrait") << cv::Size(4000, 6000) << 128 << cv::Size(85, 128);
    QTest::newRow("sliver") << cv::Size(1, 1000) << 64 << cv::Size(1, 64);
    QTest::newRow("small scan enlarged") << cv::Size(50, 50) << 128 << cv::Size(128, 128);
}

void TestTensorBridge::workingSizeKeepsAspect()
{
    QFETCH(cv::Size, full);
    QFETCH(int, longSide);
    QFETCH(cv::Size, expected);
    QCOMPARE(workingSize(full, longSide), expected);
}

void TestTensorBridge::luminanceIsPaddedByReplication_data()
{
    QTest::addColumn<cv::Size>("full");
    QTest::addColumn<cv::Size>("content");
    QTest::addColumn<cv::Size>("padded");
    QTest::newRow("odd landscape") << cv::Size(333, 101) << cv::Size(64, 19) << cv::Size(64, 24);
    QTest::newRow("odd portrait") << cv::Size(77, 201) << cv::Size(25, 64) << cv::Size(32, 64);
    QTest::newRow("exact") << cv::Size(128, 64) << cv::Size(64, 32) << cv::Size(64, 32);
}

void TestTensorBridge::luminanceIsPaddedByReplication()
{
    QFETCH(cv::Size, full);
    QFETCH(cv::Size, content);
    QFETCH(cv::Size, padded);
    cv::Mat l(full, CV_32FC1);
    cv::RNG(1).fill(l, cv::RNG::UNIFORM, 0.0, 100.0);
    const WorkingLuminance working = toWorkingLuminance(l, 64, 8);
    QCOMPARE(working.content(), content);
    QCOMPARE(working.model.sizes().vec(),
             (std::vector<int64_t>{1, 1, padded.height, padded.width}));
    QCOMPARE(working.model.dtype(), torch::kFloat32);

    const auto m = working.model.accessor<float, 4>()[0][0];
    const int lastRow = content.height - 1, lastCol = content.width - 1;
    for (int y = 0; y < padded.height; ++y) {
        for (int x = 0; x < padded.width; ++x) {
            // Model space L*/50 - 1 of the content pixel this one replicates.
            const float source = working.lightness.at<float>(std::min(y, lastRow), std::min(x, lastCol));
            QVERIFY(std::abs(m[y][x] - (source / 50.0f - 1.0f)) < 1e-6f);
        }
    }
}

void TestTensorBridge::hintsBecomeSmallSquares()
{
    const HintPlanes planes =
        rasterizeHints({{0.5, 0.5, 55.0, -22.0, {}}}, cv::Size(20, 10), cv::Size(24, 16));
    QCOMPARE(planes.ab.sizes().vec(), (std::vector<int64_t>{1, 2, 16, 24}));
    QCOMPARE(planes.mask.sizes().vec(), (std::vector<int64_t>{1, 1, 16, 24}));
    QCOMPARE(planes.mask.sum().item<float>(), 9.0f);
    const auto ab = planes.ab.accessor<float, 4>();
    QCOMPARE(ab[0][0][5][10], 0.5f);              // a* / 110, channel 0
    QVERIFY(std::abs(ab[0][1][4][9] + 0.2f) < 1e-6f);  // b* / 110, channel 1
    QCOMPARE(ab[0][0][7][10], 0.0f);
    QCOMPARE(rasterizeHints({}, cv::Size(20, 10), cv::Size(24, 16)).mask.sum().item<float>(), 0.0f);
}

void TestTensorBridge::hintsAtTheBorderStayInside()
{
    const HintPlanes planes =
        rasterizeHints({{1.0, 1.0, 10.0, 10.0, {}}, {-0.2, 0.0, 10.0, 10.0, {}}}, cv::Size(20, 10),
                       cv::Size(24, 16));
    QCOMPARE(planes.mask.sum().item<float>(), 8.0f);  // two clipped 2x2 corners
    QCOMPARE(planes.mask[0][0][9][19].item<float>(), 1.0f);
    QCOMPARE(planes.mask[0][0][0][0].item<float>(), 1.0f);
    // Nothing in the padding.
    QCOMPARE(planes.mask.slice(2, 10).sum().item<float>(), 0.0f);
    QCOMPARE(planes.mask.slice(3, 20).sum().item<float>(), 0.0f);
}

// Issue 13: a* = 1e39 reached the network unscaled (9e36 in its input, NaN out of it); a NaN
// position was an undefined float-to-int conversion. The GUI can make hints too, so the
// rasterizer defends itself whatever the hints file parser lets through.
void TestTensorBridge::hostileHintsStayWithinTheModelsRange()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const HintPlanes planes = rasterizeHints(
        {{0.5, 0.5, 1e39, -1e39, {}}, {nan, 0.5, 10.0, 10.0, {}}, {0.1, 0.1, inf, 0.0, {}}, {1e300, -1e300, 10.0, 10.0, {}}},
        cv::Size(20, 10), cv::Size(24, 16));
    QCOMPARE(planes.ab.max().item<float>(), 1.0f);    // +110 / 110
    QCOMPARE(planes.ab.min().item<float>(), -1.0f);
    QVERIFY(torch::isfinite(planes.ab).all().item<bool>());
    // The first hint's square, and the far-away one clamped to the top-right corner (2x2);
    // the NaN and infinite ones are left out.
    QCOMPARE(planes.mask.sum().item<float>(), 9.0f + 4.0f);
    QCOMPARE(planes.mask[0][0][0][19].item<float>(), 1.0f);
}

// What the sampler keeps: a disc with a one-pixel soft edge, scaled by the strength.
void TestTensorBridge::keptHintsAreSoftWeightedDiscs()
{
    const HintPlanes planes =
        rasterizeHintDiscs({{0.5, 0.5, 55.0, -22.0, {}}}, cv::Size(20, 10), cv::Size(24, 16), 1.5, 0.8);
    const auto mask = planes.mask.accessor<float, 4>();
    // Centre (10, 5): distance 0 -> 0.8; 1 -> 0.8; sqrt 2 -> 0.8 * 0.586; 2 -> 0; 3 -> 0.
    QCOMPARE(mask[0][0][5][10], 0.8f);
    QCOMPARE(mask[0][0][5][11], 0.8f);
    QVERIFY(std::abs(mask[0][0][6][11] - 0.8f * (2.0f - std::sqrt(2.0f))) < 1e-5f);
    QCOMPARE(mask[0][0][5][12], 0.0f);
    QCOMPARE(mask[0][0][5][13], 0.0f);
    QCOMPARE(planes.ab[0][0][5][10].item<float>(), 0.5f);
    QCOMPARE(planes.ab[0][0][5][12].item<float>(), 0.0f);   // no color where nothing is kept
    // Strength 0 keeps nothing; a NaN strength too.
    QCOMPARE(rasterizeHintDiscs({{0.5, 0.5, 55.0, -22.0, {}}}, cv::Size(20, 10), cv::Size(24, 16), 1.5, 0.0)
                 .mask.sum().item<float>(), 0.0f);
    QCOMPARE(rasterizeHintDiscs({{0.5, 0.5, 55.0, -22.0, {}}}, cv::Size(20, 10), cv::Size(24, 16), 1.5,
                                std::numeric_limits<double>::quiet_NaN())
                 .mask.sum().item<float>(), 0.0f);
}

void TestTensorBridge::abPlanesCropAndScale()
{
    // [K=2, 2, 16, 24]: value = k + c/10 + y/100 + x/10000, so every element is traceable.
    const auto k = torch::arange(2).view({2, 1, 1, 1});
    const auto c = torch::arange(2).view({1, 2, 1, 1}) / 10.0;
    const auto y = torch::arange(16).view({1, 1, 16, 1}) / 100.0;
    const auto x = torch::arange(24).view({1, 1, 1, 24}) / 10000.0;
    const torch::Tensor ab = (k + c + y + x).to(torch::kFloat32);
    const cv::Mat mat = abPlanesToMat(ab, 1, cv::Size(20, 10));
    QCOMPARE(mat.type(), CV_32FC2);
    QCOMPARE(mat.size(), cv::Size(20, 10));
    const cv::Vec2f v = mat.at<cv::Vec2f>(9, 19);
    QVERIFY(std::abs(v[0] - 110.0f * (1.0f + 0.09f + 0.0019f)) < 1e-3f);
    QVERIFY(std::abs(v[1] - 110.0f * (1.1f + 0.09f + 0.0019f)) < 1e-3f);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, abPlanesToMat(ab, 2, cv::Size(20, 10)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, abPlanesToMat(ab, 0, cv::Size(25, 10)));
}

QTEST_APPLESS_MAIN(TestTensorBridge)
#include "tst_tensorbridge.moc"
