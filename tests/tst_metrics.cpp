// Metrics against independent numbers: Sharma et al.'s published CIEDE2000 pairs, values worked
// out by hand, and a direct windowed SSIM sum.
#include "colorized/imaging/metrics.h"

#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

using namespace colorized::imaging;

namespace {

cv::Mat randomImage(int rows, int cols, int type, uint64_t seed)
{
    cv::Mat image(rows, cols, type);
    cv::RNG rng(seed);
    const double peak = CV_MAT_DEPTH(type) == CV_16U ? 65536.0 : 256.0;
    rng.fill(image, cv::RNG::UNIFORM, 0.0, peak);
    return image;
}

// Left half one BGR color, right half another.
cv::Mat twoColorImage(const cv::Scalar& left, const cv::Scalar& right, int type = CV_8UC3)
{
    cv::Mat image(4, 8, type, left);
    image(cv::Rect(4, 0, 4, 4)).setTo(right);
    return image;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sharmaTable_data();
    void sharmaTable();
    void ciede2000OfNeutralPairIsLightnessTerm();
    void identicalImagesScorePerfectly_data();
    void identicalImagesScorePerfectly();
    void psnrByHand();
    void ssimOfConstantImagesByHand();
    void ssimMatchesDirectWindowSum_data();
    void ssimMatchesDirectWindowSum();
    void labOfKnownSrgbColors();
    void ciede2000MapMatchesPairFormula();
    void abAucByHand();
    void colorfulnessByHand();
    void castOfKnownColors();
    void grayBaselineKeepsLightnessAndDropsColor();
    void accumulatorMeans();
    void castAccumulatorShares();
    void metricsCarryBothCasts();
    void rejectsMismatchedInput();
};

void TestMetrics::sharmaTable_data()
{
    QTest::addColumn<double>("l1");
    QTest::addColumn<double>("a1");
    QTest::addColumn<double>("b1");
    QTest::addColumn<double>("l2");
    QTest::addColumn<double>("a2");
    QTest::addColumn<double>("b2");
    QTest::addColumn<double>("expected");
    // G. Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference formula: implementation
    // notes, supplementary test data, and mathematical observations", Color Research and
    // Application 30(1), 2005, Table 1: all 34 pairs. Pairs 9-16 straddle the hue
    // discontinuities that wrong implementations miss.
    static const double table[34][7] = {
        {50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425},
        {50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615},
        {50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412},
        {50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000},
        {50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669},
        {50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195},
        {50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045},
        {50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461},
        {50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065},
        {50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492},
        {50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977},
        {50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030},
        {50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000},
        {50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000},
        {60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644},
        {63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630},
        {61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731},
        {35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645},
        {22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373},
        {36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146},
        {90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441},
        {90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381},
        {6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377},
        {2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082},
    };
    for (int i = 0; i < 34; ++i) {
        const double* r = table[i];
        QTest::addRow("pair %d", i + 1) << r[0] << r[1] << r[2] << r[3] << r[4] << r[5] << r[6];
    }
}

void TestMetrics::sharmaTable()
{
    QFETCH(double, l1);
    QFETCH(double, a1);
    QFETCH(double, b1);
    QFETCH(double, l2);
    QFETCH(double, a2);
    QFETCH(double, b2);
    QFETCH(double, expected);
    // The table is printed to 4 decimals.
    const double forward = ciede2000(l1, a1, b1, l2, a2, b2);
    const double backward = ciede2000(l2, a2, b2, l1, a1, b1);
    const double tolerance = 0.5e-4 + 1e-9;
    QVERIFY2(std::abs(forward - expected) <= tolerance, qPrintable(QString::number(forward)));
    QVERIFY2(std::abs(backward - expected) <= tolerance, qPrintable(QString::number(backward)));
}

void TestMetrics::ciede2000OfNeutralPairIsLightnessTerm()
{
    // Two neutral colors: only the lightness term remains, dE = |dL| / SL with
    // SL = 1 + 0.015 (Lm - 50)^2 / sqrt(20 + (Lm - 50)^2), Lm the mean lightness.
    const double lm = 0.5 * (30.0 + 70.0);
    const double offset2 = (lm - 50.0) * (lm - 50.0);
    const double sl = 1.0 + 0.015 * offset2 / std::sqrt(20.0 + offset2);
    QCOMPARE(ciede2000(30.0, 0.0, 0.0, 70.0, 0.0, 0.0), 40.0 / sl);
    QCOMPARE(ciede2000(42.0, 17.0, -5.0, 42.0, 17.0, -5.0), 0.0);
}

void TestMetrics::identicalImagesScorePerfectly_data()
{
    QTest::addColumn<int>("type");
    QTest::newRow("8-bit BGR") << CV_8UC3;
    QTest::newRow("16-bit BGR") << CV_16UC3;
    QTest::newRow("8-bit gray") << CV_8UC1;
}

void TestMetrics::identicalImagesScorePerfectly()
{
    QFETCH(int, type);
    const cv::Mat image = randomImage(37, 29, type, 7);
    const ImageMetrics m = computeMetrics(image, image.clone());
    QVERIFY(std::isinf(m.psnr) && m.psnr > 0);
    QVERIFY(std::abs(m.ssim - 1.0) < 1e-12);
    QCOMPARE(m.ciede2000, 0.0);
    QCOMPARE(m.abAuc, 1.0);
    QCOMPARE(m.colorfulness, m.referenceColorfulness);
}

void TestMetrics::psnrByHand()
{
    // 2x2 BGR, one channel of one pixel off by 10: MSE = 100 / 12.
    cv::Mat truth(2, 2, CV_8UC3, cv::Scalar(100, 120, 140));
    cv::Mat result = truth.clone();
    result.at<cv::Vec3b>(1, 0)[2] = 150;
    QCOMPARE(psnr(result, truth), 10.0 * std::log10(255.0 * 255.0 * 12.0 / 100.0));

    // 16-bit: the peak is 65535.
    cv::Mat truth16(2, 2, CV_16UC3, cv::Scalar(1000, 30000, 50000));
    cv::Mat result16 = truth16.clone();
    result16.at<cv::Vec3w>(0, 1)[0] = 1300;
    QCOMPARE(psnr(result16, truth16),
             10.0 * std::log10(65535.0 * 65535.0 * 12.0 / (300.0 * 300.0)));
}

void TestMetrics::ssimOfConstantImagesByHand()
{
    // Constant images: every variance is 0, so SSIM = (2 x y + C1) / (x^2 + y^2 + C1) per channel.
    const cv::Mat x(16, 16, CV_8UC3, cv::Scalar(50, 100, 200));
    const cv::Mat y(16, 16, CV_8UC3, cv::Scalar(60, 100, 180));
    const double c1 = (0.01 * 255) * (0.01 * 255);
    auto term = [c1](double a, double b) { return (2 * a * b + c1) / (a * a + b * b + c1); };
    const double expected = (term(50, 60) + term(100, 100) + term(200, 180)) / 3.0;
    QVERIFY(std::abs(ssim(x, y) - expected) < 1e-12);
}

void TestMetrics::ssimMatchesDirectWindowSum_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::newRow("one strip") << 19 << 23;
    QTest::newRow("three strips, the last partial") << 300 << 14;
}

void TestMetrics::ssimMatchesDirectWindowSum()
{
    // A direct sum over every 11x11 window that fits, Gaussian weights built here.
    QFETCH(int, rows);
    QFETCH(int, cols);
    const cv::Mat a = randomImage(rows, cols, CV_8UC3, 1);
    cv::Mat b;
    cv::GaussianBlur(a, b, cv::Size(3, 3), 0.8);  // correlated with a, so SSIM is mid-range
    b += cv::Scalar(7, -3, 11);

    double weights[11][11];
    double weightSum = 0.0;
    for (int i = 0; i < 11; ++i)
        for (int j = 0; j < 11; ++j) {
            weights[i][j] = std::exp(-((i - 5) * (i - 5) + (j - 5) * (j - 5)) / (2 * 1.5 * 1.5));
            weightSum += weights[i][j];
        }
    const double c1 = (0.01 * 255) * (0.01 * 255);
    const double c2 = (0.03 * 255) * (0.03 * 255);
    double total = 0.0;
    int positions = 0;
    for (int c = 0; c < 3; ++c) {
        for (int y0 = 0; y0 + 11 <= a.rows; ++y0)
            for (int x0 = 0; x0 + 11 <= a.cols; ++x0) {
                double mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0;
                for (int i = 0; i < 11; ++i)
                    for (int j = 0; j < 11; ++j) {
                        const double w = weights[i][j] / weightSum;
                        const double u = a.at<cv::Vec3b>(y0 + i, x0 + j)[c];
                        const double v = b.at<cv::Vec3b>(y0 + i, x0 + j)[c];
                        mx += w * u;
                        my += w * v;
                        sxx += w * u * u;
                        syy += w * v * v;
                        sxy += w * u * v;
                    }
                sxx -= mx * mx;
                syy -= my * my;
                sxy -= mx * my;
                total += ((2 * mx * my + c1) * (2 * sxy + c2))
                         / ((mx * mx + my * my + c1) * (sxx + syy + c2));
                ++positions;
            }
    }
    const double expected = total / positions;
    const double actual = ssim(b, a);
    QVERIFY2(std::abs(actual - expected) < 1e-9,
             qPrintable(QString("%1 vs %2").arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
    QVERIFY(actual > 0.1 && actual < 0.99);
}

void TestMetrics::labOfKnownSrgbColors()
{
    // Published sRGB (IEC 61966-2-1) -> CIE Lab D65 values of the white point and two primaries.
    cv::Mat pixels(1, 3, CV_8UC3);
    pixels.at<cv::Vec3b>(0, 0) = {255, 255, 255};  // white
    pixels.at<cv::Vec3b>(0, 1) = {0, 0, 255};      // red (BGR order)
    pixels.at<cv::Vec3b>(0, 2) = {255, 0, 0};      // blue
    const cv::Mat lab = bgrToLab(pixels);
    const cv::Vec3f white = lab.at<cv::Vec3f>(0, 0);
    const cv::Vec3f red = lab.at<cv::Vec3f>(0, 1);
    const cv::Vec3f blue = lab.at<cv::Vec3f>(0, 2);
    QVERIFY(std::abs(white[0] - 100.0) < 1e-4);
    QVERIFY(std::abs(white[1]) < 1e-4 && std::abs(white[2]) < 1e-4);
    QVERIFY(std::abs(red[0] - 53.2408) < 2e-3 && std::abs(red[1] - 80.0925) < 2e-3
            && std::abs(red[2] - 67.2032) < 2e-3);
    QVERIFY(std::abs(blue[0] - 32.2970) < 2e-3 && std::abs(blue[1] - 79.1875) < 2e-3
            && std::abs(blue[2] + 107.8602) < 2e-3);
    // A neutral pixel, 16-bit gray input included, has no chroma at all.
    const cv::Mat gray = bgrToLab(cv::Mat(1, 1, CV_16UC1, cv::Scalar(12345)));
    const cv::Vec3f neutral = gray.at<cv::Vec3f>(0, 0);
    QVERIFY(std::abs(neutral[1]) < 1e-4 && std::abs(neutral[2]) < 1e-4);
}

void TestMetrics::ciede2000MapMatchesPairFormula()
{
    const cv::Mat a = randomImage(9, 13, CV_16UC3, 3);
    const cv::Mat b = randomImage(9, 13, CV_16UC3, 4);
    const cv::Mat labA = bgrToLab(a);
    const cv::Mat labB = bgrToLab(b);
    const cv::Mat map = ciede2000Map(a, b);
    QCOMPARE(map.type(), CV_32FC1);
    double sum = 0.0;
    for (int y = 0; y < a.rows; ++y)
        for (int x = 0; x < a.cols; ++x) {
            const cv::Vec3f p = labA.at<cv::Vec3f>(y, x);
            const cv::Vec3f q = labB.at<cv::Vec3f>(y, x);
            const double expected = ciede2000(p[0], p[1], p[2], q[0], q[1], q[2]);
            QVERIFY(std::abs(map.at<float>(y, x) - expected) < 1e-4);
            sum += expected;
        }
    QVERIFY(std::abs(meanCiede2000(a, b) - sum / double(a.total())) < 1e-4);
}

void TestMetrics::abAucByHand()
{
    // Half the pixels exact, half off by 10.5 in a*b* (and any L*, which AuC ignores):
    // F(t) = 0.5 for t = 0..10 and 1 for t >= 11. Trapezoids: 10 * 0.5 + 0.75 + 139 * 1 = 144.75.
    cv::Mat truth(2, 2, CV_32FC3, cv::Scalar(50, 10, -20));
    cv::Mat result = truth.clone();
    result.at<cv::Vec3f>(0, 0) = {20.0f, 10.0f + 6.3f, -20.0f + 8.4f};  // hypot(6.3, 8.4) = 10.5
    result.at<cv::Vec3f>(1, 1) = {50.0f, 10.0f - 10.5f, -20.0f};
    QVERIFY(std::abs(abAccuracyAucLab(result, truth) - 144.75 / 150.0) < 1e-12);

    // Every error 0.5: F(0) = 0, F(t >= 1) = 1, area 0.5 + 149.
    cv::Mat shifted = truth + cv::Scalar(0, 0.5, 0);
    QVERIFY(std::abs(abAccuracyAucLab(shifted, truth) - 149.5 / 150.0) < 1e-12);

    // Every error beyond 150: nothing ever passes.
    cv::Mat far = truth + cv::Scalar(0, 120, 120);
    QCOMPARE(abAccuracyAucLab(far, truth), 0.0);
}

void TestMetrics::castOfKnownColors()
{
    // sRGB red is CIE Lab (53.24, 80.09, 67.20) and sRGB blue (32.30, 79.19, -107.86)
    // (D65; the usual published values). Half red, half neutral gray: half of red's a*, b*.
    cv::Mat halfRed(4, 8, CV_8UC3, cv::Scalar(128, 128, 128));
    halfRed(cv::Rect(0, 0, 4, 4)).setTo(cv::Scalar(0, 0, 255));   // BGR
    const ColorCast red = colorCast(halfRed);
    QVERIFY(std::abs(red.meanA - 80.09 / 2) < 0.3);
    QVERIFY(std::abs(red.meanB - 67.20 / 2) < 0.3);
    QVERIFY(!red.bluish());
    const ColorCast blue = colorCast(cv::Mat(3, 3, CV_16UC3, cv::Scalar(65535, 0, 0)));
    QVERIFY(std::abs(blue.meanA - 79.19) < 0.3);
    QVERIFY(std::abs(blue.meanB + 107.86) < 0.3);
    QVERIFY(blue.bluish());
    const ColorCast gray = colorCast(cv::Mat(3, 3, CV_8UC1, cv::Scalar(77)));
    QVERIFY(std::abs(gray.meanA) < 1e-3 && std::abs(gray.meanB) < 1e-3);
}

void TestMetrics::colorfulnessByHand()
{
    // Neutral: rg = yb = 0 everywhere.
    QCOMPARE(colorfulness(cv::Mat(5, 5, CV_8UC3, cv::Scalar(90, 90, 90))), 0.0);
    QCOMPARE(colorfulness(randomImage(6, 7, CV_8UC1, 2)), 0.0);

    // Half pure red, half pure green (BGR scalars). rg = +255 / -255: mean 0, sd 255.
    // yb = 127.5 for both: mean 127.5, sd 0. M = 255 + 0.3 * 127.5 = 293.25.
    const cv::Mat redGreen = twoColorImage({0, 0, 255}, {0, 255, 0});
    QVERIFY(std::abs(colorfulness(redGreen) - 293.25) < 1e-9);

    // Half red, half blue: rg = 255 / 0 (mean 127.5, sd 127.5); yb = 127.5 / -255
    // (mean -63.75, sd 191.25). M = 127.5 sqrt(1 + 1.5^2) + 0.3 * 63.75 sqrt(5).
    const cv::Mat redBlue = twoColorImage({0, 0, 255}, {255, 0, 0});
    const double expected = 127.5 * std::sqrt(3.25) + 0.3 * 63.75 * std::sqrt(5.0);
    QVERIFY(std::abs(colorfulness(redBlue) - expected) < 1e-9);

    // Channel order matters: the same pixels read as RGB would be blue/green, not red/green.
    const cv::Mat blueGreen = twoColorImage({255, 0, 0}, {0, 255, 0});
    QVERIFY(std::abs(colorfulness(blueGreen) - 293.25) > 1.0);

    // 16-bit is measured on the 8-bit scale.
    const cv::Mat redGreen16 = twoColorImage({0, 0, 65535}, {0, 65535, 0}, CV_16UC3);
    QVERIFY(std::abs(colorfulness(redGreen16) - 293.25) < 1e-9);
}

void TestMetrics::grayBaselineKeepsLightnessAndDropsColor()
{
    // Rounding to the nearest code costs at most half a code step of L*: the largest 8-bit step
    // (code 24 -> 25) is 0.51 L*, the largest 16-bit step 0.002 L*.
    const std::pair<int, double> cases[] = {{CV_8UC3, 0.26}, {CV_16UC3, 0.001}};
    for (const auto& [type, tolerance] : cases) {
        const cv::Mat image = randomImage(12, 10, type, 5);
        const cv::Mat baseline = grayBaseline(image);
        QCOMPARE(baseline.type(), type);
        const cv::Mat labIn = bgrToLab(image);
        const cv::Mat labOut = bgrToLab(baseline);
        for (int y = 0; y < image.rows; ++y)
            for (int x = 0; x < image.cols; ++x) {
                const cv::Vec3f in = labIn.at<cv::Vec3f>(y, x);
                const cv::Vec3f out = labOut.at<cv::Vec3f>(y, x);
                QVERIFY2(std::abs(in[0] - out[0]) <= tolerance,
                         qPrintable(QString("L* %1 became %2").arg(in[0]).arg(out[0])));
                QVERIFY(std::abs(out[1]) < 1e-4 && std::abs(out[2]) < 1e-4);
            }
        QCOMPARE(colorfulness(baseline), 0.0);
    }
}

void TestMetrics::accumulatorMeans()
{
    MetricsAccumulator accumulator;
    QCOMPARE(accumulator.count(), std::size_t(0));
    QCOMPARE(accumulator.mean().ciede2000, 0.0);
    accumulator.add({30.0, 0.8, 4.0, 0.9, 20.0, 40.0, {2.0, -3.0}, {1.0, 5.0}});
    accumulator.add({20.0, 0.6, 6.0, 0.7, 10.0, 20.0, {4.0, 1.0}, {3.0, 7.0}});
    const ImageMetrics mean = accumulator.mean();
    QCOMPARE(accumulator.count(), std::size_t(2));
    QCOMPARE(mean.psnr, 25.0);
    QCOMPARE(mean.ssim, 0.7);
    QCOMPARE(mean.ciede2000, 5.0);
    QCOMPARE(mean.abAuc, 0.8);
    QCOMPARE(mean.colorfulness, 15.0);
    QCOMPARE(mean.referenceColorfulness, 30.0);
    QCOMPARE(accumulator.colorfulnessRatio(), 0.5);
    QCOMPARE(mean.cast.meanA, 3.0);
    QCOMPARE(mean.cast.meanB, -1.0);
    QCOMPARE(accumulator.cast().bluishShare, 0.5);       // the first result's b* is below zero
    QCOMPARE(accumulator.referenceCast().meanA, 2.0);
    QCOMPARE(accumulator.referenceCast().meanB, 6.0);
    QCOMPARE(accumulator.referenceCast().bluishShare, 0.0);
}

void TestMetrics::castAccumulatorShares()
{
    CastAccumulator casts;
    QCOMPARE(casts.summary().bluishShare, 0.0);
    casts.add({1.0, -2.0});
    casts.add({3.0, -4.0});
    casts.add({5.0, 0.0});   // b* = 0 is neutral, not bluish
    casts.add({-1.0, 10.0});
    QCOMPARE(casts.count(), std::size_t(4));
    QCOMPARE(casts.summary().meanA, 2.0);
    QCOMPARE(casts.summary().meanB, 1.0);
    QCOMPARE(casts.summary().bluishShare, 0.5);
}

void TestMetrics::metricsCarryBothCasts()
{
    cv::Mat result(4, 8, CV_8UC3, cv::Scalar(128, 128, 128));
    result(cv::Rect(0, 0, 4, 4)).setTo(cv::Scalar(255, 0, 0));   // half blue (BGR)
    cv::Mat truth(4, 8, CV_8UC3, cv::Scalar(128, 128, 128));
    truth(cv::Rect(4, 0, 4, 4)).setTo(cv::Scalar(0, 0, 255));    // half red
    const ImageMetrics metrics = computeMetrics(result, truth);
    QCOMPARE(metrics.cast.meanA, colorCast(result).meanA);
    QCOMPARE(metrics.cast.meanB, colorCast(result).meanB);
    QVERIFY(metrics.cast.bluish());
    QCOMPARE(metrics.referenceCast.meanA, colorCast(truth).meanA);
    QCOMPARE(metrics.referenceCast.meanB, colorCast(truth).meanB);
    QVERIFY(!metrics.referenceCast.bluish());
}

void TestMetrics::rejectsMismatchedInput()
{
    const cv::Mat a(8, 8, CV_8UC3, cv::Scalar::all(10));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, psnr(a, cv::Mat(8, 9, CV_8UC3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ssim(a, cv::Mat(8, 8, CV_16UC3)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeMetrics(a, cv::Mat()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, colorfulness(cv::Mat(4, 4, CV_32FC3)));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
