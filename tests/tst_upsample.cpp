// Guided chroma upsampling and strip-wise full-resolution composition
// (colorized/imaging/upsample.h).
#include "colorized/imaging/lab.h"
#include "colorized/imaging/upsample.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

using namespace colorized::imaging;

namespace {

cv::Mat shrink(const cv::Mat& full, int factor)
{
    cv::Mat small;
    cv::resize(full, small, cv::Size(full.cols / factor, full.rows / factor), 0, 0, cv::INTER_AREA);
    return small;
}

// a* = +-30 on the two sides of a luminance step, b* = -a*: what a model would predict.
cv::Mat chromaFollowing(const cv::Mat& lightness)
{
    cv::Mat a = (lightness - 50.0) * 1.2;
    cv::Mat ab;
    cv::merge(std::vector<cv::Mat>{a, -a}, ab);
    return ab;
}

float channelAt(const cv::Mat& ab, int y, int x, int c) { return ab.at<cv::Vec2f>(y, x)[c]; }

}  // namespace

class TestUpsample : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constantChromaStaysConstant();
    void stepEdgeFollowsLuminance();
    void composeKeepsLightnessAndSize_data();
    void composeKeepsLightnessAndSize();
    void tinyWorkingImages_data();
    void tinyWorkingImages();
    void rejectsMismatchedInput();
};

void TestUpsample::constantChromaStaysConstant()
{
    // Textured luminance: the guide must not print its texture into a flat chroma field.
    cv::Mat full(203, 301, CV_32FC1);
    cv::RNG(1).fill(full, cv::RNG::UNIFORM, 0.0, 100.0);
    const cv::Mat small = shrink(full, 7);
    const cv::Mat ab(small.size(), CV_32FC2, cv::Scalar(12.0, -7.0));
    const cv::Mat up = upsampleAb(small, ab, full);
    QCOMPARE(up.size(), full.size());
    QVERIFY(cv::norm(up, cv::Mat(full.size(), CV_32FC2, cv::Scalar(12.0, -7.0)), cv::NORM_INF) < 1e-3);
}

void TestUpsample::stepEdgeFollowsLuminance()
{
    // Vertical edge at x = 157: inside working pixel 19 (full 152..159) at factor 8.
    constexpr int kEdge = 157, kFactor = 8;
    cv::Mat full(304, 400, CV_32FC1, cv::Scalar(25.0));
    full.colRange(kEdge, full.cols).setTo(75.0);
    const cv::Mat small = shrink(full, kFactor);
    const cv::Mat smallAb = chromaFollowing(small);
    const cv::Mat guided = upsampleAb(small, smallAb, full);
    cv::Mat bicubic;
    cv::resize(smallAb, bicubic, full.size(), 0, 0, cv::INTER_CUBIC);

    for (int y : {0, 150, 303}) {
        // The chroma edge is exactly on the luminance edge: a* changes sign there ...
        for (int x = 100; x < 220; ++x)
            QVERIFY2((channelAt(guided, y, x, 0) < 0.0f) == (x < kEdge), qPrintable(QString::number(x)));
        // ... in one step that carries most of the 60-unit jump (bicubic spreads it over ~16 px),
        const float jump = channelAt(guided, y, kEdge, 0) - channelAt(guided, y, kEdge - 1, 0);
        QVERIFY2(jump > 35.0f, qPrintable(QString::number(jump)));
        QVERIFY(channelAt(bicubic, y, kEdge, 0) - channelAt(bicubic, y, kEdge - 1, 0) < 10.0f);
        // ... and b* follows the same edge.
        QVERIFY(channelAt(guided, y, kEdge, 1) < 0.0f && channelAt(guided, y, kEdge - 1, 1) > 0.0f);
        // Away from the edge both sides keep their color.
        QVERIFY(std::abs(channelAt(guided, y, kEdge - 20, 0) + 30.0f) < 2.0f);
        QVERIFY(std::abs(channelAt(guided, y, kEdge + 20, 0) - 30.0f) < 2.0f);
    }
}

void TestUpsample::composeKeepsLightnessAndSize_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("16-bit gray") << CV_16UC1;
    QTest::newRow("16-bit BGR") << CV_16UC3;
    QTest::newRow("8-bit BGR") << CV_8UC3;
}

void TestUpsample::composeKeepsLightnessAndSize()
{
    QFETCH(int, type);
    // Odd size, more rows than one strip, smooth content plus noise.
    cv::Mat scan(237, 171, type);
    cv::RNG(2).fill(scan, cv::RNG::UNIFORM, 0.0, CV_MAT_DEPTH(type) == CV_8U ? 256.0 : 65536.0);
    const cv::Mat l = lightness(scan);
    cv::Mat small;
    cv::resize(l, small, cv::Size(37, 51), 0, 0, cv::INTER_AREA);
    // Strong chroma with a gradient: out of gamut at many L*.
    cv::Mat smallAb(small.size(), CV_32FC2);
    for (int y = 0; y < smallAb.rows; ++y)
        for (int x = 0; x < smallAb.cols; ++x)
            smallAb.at<cv::Vec2f>(y, x) = cv::Vec2f(140.0f - 5.0f * x, -100.0f + 4.0f * y);

    const int depth = CV_MAT_DEPTH(type);
    const cv::Mat out = composeFullResolution(scan, small, smallAb, depth);
    QCOMPARE(out.size(), scan.size());
    QCOMPARE(out.type(), CV_MAKETYPE(depth, 3));
    const double tolerance = depth == CV_8U ? 0.6 : 0.01;
    QVERIFY(cv::norm(lightness(out), l, cv::NORM_INF) <= tolerance);
    // And it is colorful: the chroma went somewhere.
    cv::Mat a;
    cv::extractChannel(bgrToLab(out), a, 1);
    QVERIFY(cv::norm(a, cv::NORM_L1) / a.total() > 10.0);
}

void TestUpsample::tinyWorkingImages_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::newRow("1 x 1") << 1 << 1;
    QTest::newRow("1 x 64 sliver") << 1 << 64;
    QTest::newRow("2 x 2") << 2 << 2;
}

void TestUpsample::tinyWorkingImages()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    cv::Mat small(rows, cols, CV_32FC1);
    cv::RNG(4).fill(small, cv::RNG::UNIFORM, 0.0, 100.0);
    cv::Mat full;
    cv::resize(small, full, cv::Size(cols * 9, rows * 9), 0, 0, cv::INTER_NEAREST);
    const cv::Mat ab(small.size(), CV_32FC2, cv::Scalar(-20.0, 35.0));
    const cv::Mat up = upsampleAb(small, ab, full);
    QCOMPARE(up.size(), full.size());
    QVERIFY(cv::norm(up, cv::Mat(full.size(), CV_32FC2, cv::Scalar(-20.0, 35.0)), cv::NORM_INF) < 1e-3);
}

void TestUpsample::rejectsMismatchedInput()
{
    const cv::Mat l(8, 8, CV_32FC1, cv::Scalar(50));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             GuidedChromaUpsampler(l, cv::Mat(7, 8, CV_32FC2), {64, 64}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             GuidedChromaUpsampler(l, cv::Mat(8, 8, CV_32FC1), {64, 64}));
    const GuidedChromaUpsampler upsampler(l, cv::Mat(8, 8, CV_32FC2, cv::Scalar(0, 0)), {64, 64});
    cv::Mat ab;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             upsampler.upsampleRows(60, cv::Mat(8, 64, CV_32FC1), ab));
}

QTEST_APPLESS_MAIN(TestUpsample)
#include "tst_upsample.moc"
