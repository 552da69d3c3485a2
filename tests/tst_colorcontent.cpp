// Color input recognised (colorized/imaging/colorcontent.h) on images made here: a gray scan
// stored as RGB with scanner noise, a sepia print, a cyanotype, a gray print with a small
// colored stain (none of them color), and scenes with reds, greens and blues at the same lightness,
// in 8 and 16 bits (color).
#include "colorized/imaging/colorcontent.h"
#include "colorized/imaging/lab.h"

#include <opencv2/core.hpp>

#include <QTest>

#include <cmath>

using namespace colorized::imaging;

namespace {

constexpr int kSide = 120;

// A photograph's lightness: a gradient with a bright disc and a dark band, 10..95.
cv::Mat lightnessPlane()
{
    cv::Mat lightness(kSide, kSide, CV_32FC1);
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            float l = 10.0f + 70.0f * float(x) / kSide;
            if ((x - 40) * (x - 40) + (y - 60) * (y - 60) < 400)
                l = 95.0f;
            if (y > 90)
                l *= 0.5f;
            lightness.at<float>(y, x) = l;
        }
    return lightness;
}

// a*b* as a function of L* only: the toning curve of a print (`a`, `b` at mid-gray, stronger
// in the shadows as toner collects there).
cv::Mat tonedAb(const cv::Mat& lightness, float a, float b)
{
    cv::Mat ab(lightness.size(), CV_32FC2);
    for (int y = 0; y < ab.rows; ++y)
        for (int x = 0; x < ab.cols; ++x) {
            const float strength = 1.5f - lightness.at<float>(y, x) / 100.0f;
            ab.at<cv::Vec2f>(y, x) = cv::Vec2f(a * strength, b * strength);
        }
    return ab;
}

// Vertical stripes of red, green, blue and yellow over the whole lightness range.
cv::Mat coloredAb(cv::Size size)
{
    const cv::Vec2f colors[] = {{45, 25}, {-40, 30}, {10, -40}, {-5, 55}};
    cv::Mat ab(size, CV_32FC2);
    for (int y = 0; y < ab.rows; ++y)
        for (int x = 0; x < ab.cols; ++x)
            ab.at<cv::Vec2f>(y, x) = colors[(x / 10) % 4];
    return ab;
}

cv::Mat withNoise(cv::Mat image, double sigma)
{
    cv::Mat noise(image.size(), CV_32FC(image.channels()));
    cv::RNG(7).fill(noise, cv::RNG::NORMAL, 0.0, sigma);
    cv::Mat wide;
    image.convertTo(wide, CV_32F);
    wide += noise;
    wide.convertTo(image, image.depth());
    return image;
}

}  // namespace

class TestColorContent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognises_data();
    void recognises();
    void aGrayFileIsGray();
};

void TestColorContent::recognises_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("scene");    // 0 gray, 1 sepia, 2 cyanotype, 3/5 small/large stain, 4 color
    QTest::addColumn<int>("expected");
    for (int depth : {CV_8U, CV_16U}) {
        const char* bits = depth == CV_8U ? "8-bit" : "16-bit";
        QTest::addRow("%s gray scan stored as RGB, with noise", bits) << depth << 0 << int(ColorContent::Gray);
        QTest::addRow("%s sepia print", bits) << depth << 1 << int(ColorContent::Toned);
        QTest::addRow("%s cyanotype", bits) << depth << 2 << int(ColorContent::Toned);
        QTest::addRow("%s gray print with a small red stain", bits) << depth << 3 << int(ColorContent::Gray);
        // A stain over 5 % of the print has chroma, but too little of the photo to be color.
        QTest::addRow("%s gray print with a large red stain", bits) << depth << 5 << int(ColorContent::Toned);
        QTest::addRow("%s color scene", bits) << depth << 4 << int(ColorContent::Color);
    }
}

void TestColorContent::recognises()
{
    QFETCH(int, depth);
    QFETCH(int, scene);
    QFETCH(int, expected);
    const cv::Mat lightness = lightnessPlane();
    cv::Mat ab;
    switch (scene) {
    case 0:
    case 3:
    case 5:
        ab = cv::Mat::zeros(lightness.size(), CV_32FC2);
        break;
    case 1:
        ab = tonedAb(lightness, 8.0f, 22.0f);
        break;
    case 2:
        ab = tonedAb(lightness, -8.0f, -30.0f);
        break;
    default:
        ab = coloredAb(lightness.size());
        break;
    }
    if (scene == 3)   // 0.7 % of the photo: under the 99th percentile of its chroma
        ab(cv::Rect(0, 0, 10, 10)).setTo(cv::Vec2f(50, 30));
    if (scene == 5)   // 5 %
        ab(cv::Rect(0, 0, 27, 27)).setTo(cv::Vec2f(50, 30));
    cv::Mat image = composeBgr(lightness, ab, depth);
    if (scene == 0)
        image = withNoise(image, depth == CV_8U ? 1.0 : 257.0);
    QCOMPARE(int(colorContentOf(image)), expected);
}

void TestColorContent::aGrayFileIsGray()
{
    cv::Mat gray(kSide, kSide, CV_8UC1, cv::Scalar(128));
    QCOMPARE(colorContentOf(gray), ColorContent::Gray);
    QCOMPARE(colorContentOf(cv::Mat()), ColorContent::Gray);
}

QTEST_APPLESS_MAIN(TestColorContent)
#include "tst_colorcontent.moc"
