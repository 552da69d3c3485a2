// CIE Lab conversion and luminance-preserving composition (colorized/imaging/lab.h).
#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include <cmath>
#include <limits>

using namespace colorized::imaging;

namespace {

cv::Mat randomImage(cv::Size size, int type, std::uint64_t seed)
{
    cv::Mat image(size, type);
    cv::RNG rng(seed);
    const double top = CV_MAT_DEPTH(type) == CV_8U ? 256.0 : 65536.0;
    rng.fill(image, cv::RNG::UNIFORM, 0.0, top);
    return image;
}

double maxAbsDiff(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat fa, fb;
    a.convertTo(fa, CV_64F);
    b.convertTo(fb, CV_64F);
    return cv::norm(fa, fb, cv::NORM_INF);
}

cv::Mat abOf(const cv::Mat& lab)
{
    cv::Mat ab(lab.size(), CV_32FC2);
    const int fromTo[] = {1, 0, 2, 1};
    cv::mixChannels(&lab, 1, &ab, 1, fromTo, 2);
    return ab;
}

cv::Mat lOf(const cv::Mat& lab)
{
    cv::Mat l;
    cv::extractChannel(lab, l, 0);
    return l;
}

cv::Vec3d referenceLab(const cv::Vec3w& bgr, double top)
{
    const auto decode = [top](double code) {
        const double v = code / top;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = decode(bgr[2]), g = decode(bgr[1]), b = decode(bgr[0]);
    const double x = (0.412453 * r + 0.357580 * g + 0.180423 * b) / 0.950456;
    const double y = 0.212671 * r + 0.715160 * g + 0.072169 * b;
    const double z = (0.019334 * r + 0.119193 * g + 0.950227 * b) / 1.088754;
    const auto f = [](double t) {
        return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    };
    return {116.0 * f(y) - 16.0, 500.0 * (f(x) - f(y)), 200.0 * (f(y) - f(z))};
}

double hueDegrees(double a, double b) { return std::atan2(b, a) * 180.0 / CV_PI; }

}  // namespace

class TestLab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownColors_data();
    void knownColors();
    void matchesReferenceFormulas();
    void grayMatchesNeutralRgb();
    void roundTrip_data();
    void roundTrip();
    void lightnessPreservedUnderAnyChroma_data();
    void lightnessPreservedUnderAnyChroma();
    void gamutShrinkKeepsHue();
    void inGamutChromaUntouched();
    void rejectsUnsupportedInput();
    void nonFiniteChromaComposesGray();
};

void TestLab::knownColors_data()
{
    QTest::addColumn<int>("blue");
    QTest::addColumn<int>("green");
    QTest::addColumn<int>("red");
    QTest::addColumn<double>("l");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    // Reference values: sRGB, D65 (e.g. Bruce Lindbloom's calculator).
    QTest::newRow("white") << 255 << 255 << 255 << 100.0 << 0.0 << 0.0;
    QTest::newRow("black") << 0 << 0 << 0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("red") << 0 << 0 << 255 << 53.24 << 80.09 << 67.20;
    QTest::newRow("green") << 0 << 255 << 0 << 87.73 << -86.18 << 83.18;
    QTest::newRow("blue") << 255 << 0 << 0 << 32.30 << 79.19 << -107.86;
    QTest::newRow("mid gray") << 119 << 119 << 119 << 50.03 << 0.0 << 0.0;
}

void TestLab::knownColors()
{
    QFETCH(int, blue);
    QFETCH(int, green);
    QFETCH(int, red);
    QFETCH(double, l);
    QFETCH(double, a);
    QFETCH(double, b);
    const cv::Mat pixel(1, 1, CV_8UC3, cv::Scalar(blue, green, red));
    const auto lab = bgrToLab(pixel).at<cv::Vec3f>(0, 0);
    QVERIFY2(std::abs(lab[0] - l) < 0.05, qPrintable(QString::number(lab[0])));
    QVERIFY2(std::abs(lab[1] - a) < 0.1, qPrintable(QString::number(lab[1])));
    QVERIFY2(std::abs(lab[2] - b) < 0.1, qPrintable(QString::number(lab[2])));
    QVERIFY(std::abs(lightness(pixel).at<float>(0, 0) - lab[0]) < 1e-4);
}

void TestLab::matchesReferenceFormulas()
{
    // Independent double-precision CIE formulas (sRGB curve, D65, OpenCV's matrix).
    const cv::Mat image = randomImage({64, 48}, CV_16UC3, 7);
    const cv::Mat lab = bgrToLab(image);
    double worst = 0.0;
    for (int y = 0; y < image.rows; ++y) {
        for (int x = 0; x < image.cols; ++x) {
            const cv::Vec3d expected = referenceLab(image.at<cv::Vec3w>(y, x), 65535.0);
            const cv::Vec3f got = lab.at<cv::Vec3f>(y, x);
            for (int c = 0; c < 3; ++c)
                worst = std::max(worst, std::abs(got[c] - expected[c]));
        }
    }
    QVERIFY2(worst < 2e-3, qPrintable(QString::number(worst)));

    // cvtColor on float BGR in [0, 1] agrees to within its own approximation (~0.4 here:
    // its sRGB curve is a tabulated spline).
    cv::Mat unit, opencv;
    image.convertTo(unit, CV_32F, 1.0 / 65535.0);
    cv::cvtColor(unit, opencv, cv::COLOR_BGR2Lab);
    QVERIFY(maxAbsDiff(lab, opencv) < 0.5);
}

void TestLab::grayMatchesNeutralRgb()
{
    const cv::Mat gray = randomImage({40, 30}, CV_16UC1, 3);
    cv::Mat bgr;
    cv::cvtColor(gray, bgr, cv::COLOR_GRAY2BGR);
    QCOMPARE(maxAbsDiff(lightness(gray), lightness(bgr)), 0.0);
    const cv::Mat lab = bgrToLab(gray);
    QVERIFY(cv::norm(abOf(lab), cv::NORM_INF) < 0.01);
}

void TestLab::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("tolerance");  // in code values
    QTest::newRow("8-bit") << CV_8UC3 << 0.0;
    QTest::newRow("16-bit") << CV_16UC3 << 3.0;
}

void TestLab::roundTrip()
{
    QFETCH(int, type);
    QFETCH(double, tolerance);
    const cv::Mat image = randomImage({97, 61}, type, 11);
    const cv::Mat lab = bgrToLab(image);
    const cv::Mat back = composeBgr(lOf(lab), abOf(lab), CV_MAT_DEPTH(type));
    QCOMPARE(back.type(), type);
    const double error = maxAbsDiff(image, back);
    QVERIFY2(error <= tolerance, qPrintable(QString::number(error)));
}

void TestLab::lightnessPreservedUnderAnyChroma_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<double>("tolerance");  // L* units: quantization of the output
    QTest::newRow("16-bit") << CV_16U << 0.01;
    QTest::newRow("8-bit") << CV_8U << 0.6;
}

void TestLab::lightnessPreservedUnderAnyChroma()
{
    QFETCH(int, depth);
    QFETCH(double, tolerance);
    const cv::Mat source = randomImage({128, 96}, CV_MAKETYPE(depth, 1), 5);
    const cv::Mat l = lightness(source);
    // a*b* up to +-160: far outside the sRGB gamut for most pixels.
    cv::Mat ab(l.size(), CV_32FC2);
    cv::RNG(9).fill(ab, cv::RNG::UNIFORM, -160.0, 160.0);
    const cv::Mat out = composeBgr(l, ab, depth);
    QCOMPARE(out.depth(), depth);
    const double error = maxAbsDiff(lightness(out), l);
    QVERIFY2(error <= tolerance, qPrintable(QString::number(error)));

    // The test is meaningful: clipping RGB (what cvtColor does) changes L* by far more.
    cv::Mat lab, clippedUnit, clipped;
    cv::merge(std::vector<cv::Mat>{l, ab}, lab);
    cv::cvtColor(lab, clippedUnit, cv::COLOR_Lab2BGR);
    clippedUnit.convertTo(clipped, CV_16U, 65535.0);
    QVERIFY(maxAbsDiff(lightness(clipped), l) > 5.0);
}

void TestLab::gamutShrinkKeepsHue()
{
    struct Case { float l, a, b; };
    const Case cases[] = {{50, 120, 90}, {30, -100, 40}, {80, 10, -140}, {95, 60, 60}, {5, -30, -80}};
    for (const Case& c : cases) {
        const float scale = gamutChromaScale(c.l, c.a, c.b);
        QVERIFY(scale < 1.0f);
        const cv::Mat l(1, 1, CV_32FC1, cv::Scalar(c.l));
        const cv::Mat ab(1, 1, CV_32FC2, cv::Scalar(c.a, c.b));
        const cv::Mat out = composeBgr(l, ab, CV_16U);
        const auto lab = bgrToLab(out).at<cv::Vec3f>(0, 0);
        QVERIFY2(std::abs(lab[0] - c.l) < 0.01, qPrintable(QString::number(lab[0])));
        const double requested = std::hypot(c.a, c.b), got = std::hypot(lab[1], lab[2]);
        QVERIFY(got < requested);
        QVERIFY2(std::abs(got - scale * requested) < 0.1, qPrintable(QString::number(got)));
        QVERIFY(std::abs(hueDegrees(lab[1], lab[2]) - hueDegrees(c.a, c.b)) < 0.5);
        // On the gamut boundary: some channel at its limit.
        double lo, hi;
        cv::minMaxLoc(out.reshape(1), &lo, &hi);
        QVERIFY2(lo <= 8 || hi >= 65535 - 8, qPrintable(QString("%1 %2").arg(lo).arg(hi)));
    }
}

void TestLab::inGamutChromaUntouched()
{
    QCOMPARE(gamutChromaScale(50, 20, -10), 1.0f);
    const cv::Mat l(1, 1, CV_32FC1, cv::Scalar(60));
    const cv::Mat ab(1, 1, CV_32FC2, cv::Scalar(25, -30));
    const auto lab = bgrToLab(composeBgr(l, ab, CV_16U)).at<cv::Vec3f>(0, 0);
    QVERIFY(std::abs(lab[1] - 25) < 0.05 && std::abs(lab[2] + 30) < 0.05);
}

void TestLab::rejectsUnsupportedInput()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lightness(cv::Mat()));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, lightness(cv::Mat(4, 4, CV_32FC3)));
    const cv::Mat l(4, 4, CV_32FC1, cv::Scalar(50));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, composeBgr(l, cv::Mat(3, 3, CV_32FC2), CV_8U));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, composeBgr(l, cv::Mat(4, 4, CV_32FC2), CV_32F));
}

// Issue 13's segfault: a network driven to NaN by a hostile hint handed NaN a*b* to the
// composition, and the sRGB encoder's table index of NaN read far outside the table. Such a
// pixel now composes as the gray of its L*, in 8 and 16 bits.
void TestLab::nonFiniteChromaComposesGray()
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();
    cv::Mat l(1, 4, CV_32FC1, cv::Scalar(60.0f));
    l.at<float>(0, 3) = nan;
    const cv::Mat ab = (cv::Mat_<cv::Vec2f>(1, 4) << cv::Vec2f(nan, 0), cv::Vec2f(inf, -inf), cv::Vec2f(0, 0),
                        cv::Vec2f(nan, nan));
    for (const int depth : {CV_8U, CV_16U}) {
        const cv::Mat bgr = composeBgr(l, ab, depth);
        cv::Mat pixels;
        bgr.convertTo(pixels, CV_64F);
        const cv::Vec3d gray = pixels.at<cv::Vec3d>(0, 2);
        QCOMPARE(pixels.at<cv::Vec3d>(0, 0), gray);
        QCOMPARE(pixels.at<cv::Vec3d>(0, 1), gray);
        QVERIFY(gray[0] == gray[1] && gray[1] == gray[2] && gray[0] > 0);
    }
}

QTEST_APPLESS_MAIN(TestLab)
#include "tst_lab.moc"
