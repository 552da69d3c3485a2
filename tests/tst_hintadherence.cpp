// Hint adherence on images made here: hints are drawn only inside flat colored regions, with
// the region's color, reproducibly; a result that follows a hint scores a small distance and
// full coverage, one that ignores it a large distance, and one that paints the hint's color
// over its neighbour leaks.

#include "colorized/imaging/hintadherence.h"

#include "colorized/imaging/lab.h"
#include "colorized/imaging/metrics.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

using namespace colorized::imaging;

namespace {

const cv::Scalar kRed(40, 40, 200);    // BGR
const cv::Scalar kBlue(200, 60, 30);

// Left half red, right half blue.
cv::Mat twoHalves()
{
    cv::Mat image(60, 120, CV_8UC3, kBlue);
    image(cv::Rect(0, 0, 60, 60)).setTo(kRed);
    return image;
}

cv::Vec3f labOf(const cv::Scalar& bgr)
{
    return bgrToLab(cv::Mat(1, 1, CV_8UC3, bgr)).at<cv::Vec3f>(0, 0);
}

}  // namespace

class TestHintAdherence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hintsAreDrawnInFlatColoredRegions()
    {
        // Left half flat red; right half noise, too busy to be sure of a color.
        cv::Mat image(80, 160, CV_8UC3);
        cv::randu(image, cv::Scalar::all(0), cv::Scalar::all(255));
        image(cv::Rect(0, 0, 80, 80)).setTo(kRed);
        const auto hints = sampleFlatHints(image, 5, 1, 3);
        QVERIFY(!hints.empty() && hints.size() <= 5);
        const cv::Vec3f red = labOf(kRed);
        for (const ColorHint& hint : hints) {
            QVERIFY2(hint.x < 0.5, qPrintable(QString::number(hint.x)));
            QVERIFY(std::abs(hint.a - red[1]) < 0.5 && std::abs(hint.b - red[2]) < 0.5);
        }
        // At least a tenth of the long side apart.
        for (size_t i = 0; i < hints.size(); ++i)
            for (size_t j = i + 1; j < hints.size(); ++j)
                QVERIFY(std::hypot((hints[i].x - hints[j].x) * 160, (hints[i].y - hints[j].y) * 80) >= 16.0);
        // The same seed gives the same hints; gray gives none.
        const auto again = sampleFlatHints(image, 5, 1, 3);
        QCOMPARE(again.size(), hints.size());
        QCOMPARE(again.front().x, hints.front().x);
        QVERIFY(sampleFlatHints(cv::Mat(80, 160, CV_8UC3, cv::Scalar::all(128)), 5, 1, 3).empty());
    }

    void followedIgnoredAndLeakingResults()
    {
        const cv::Mat truth = twoHalves();
        const cv::Vec3f red = labOf(kRed);
        const std::vector<ColorHint> hints = {{0.25, 0.5, red[1], red[2], {}}};

        const HintAdherence followed = measureHintAdherence(truth, truth, hints, 4, 40);
        QCOMPARE(followed.hints, 1);
        QVERIFY(followed.discDe < 0.5);
        QCOMPARE(followed.coverage, 1.0);
        QCOMPARE(followed.leak, 0.0);

        const cv::Mat gray = grayBaseline(truth);
        const HintAdherence ignored = measureHintAdherence(gray, truth, hints, 4, 40);
        QVERIFY2(ignored.discDe > 20.0, qPrintable(QString::number(ignored.discDe)));
        QCOMPARE(ignored.coverage, 0.0);

        // All red: the blue half within reach (x 60..70 of the hint's square) is a leak.
        const cv::Mat allRed(truth.size(), CV_8UC3, kRed);
        const HintAdherence leaking = measureHintAdherence(allRed, truth, hints, 4, 40);
        QCOMPARE(leaking.coverage, 1.0);
        QCOMPARE(leaking.leak, 1.0);

        HintAdherenceAccumulator mean;
        mean.add(followed);
        mean.add(leaking);
        QCOMPARE(mean.mean().hints, 2);
        QCOMPARE(mean.mean().leak, 0.5);
    }
};

QTEST_APPLESS_MAIN(TestHintAdherence)
#include "tst_hintadherence.moc"
