// Area averaging fed a band of rows at a time (colorized/imaging/areadownscale.h) against
// OpenCV's INTER_AREA on the whole plane, for whole and fractional ratios.
#include "colorized/imaging/areadownscale.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QTest>

#include <algorithm>

using namespace colorized::imaging;

class TestAreaDownscale : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesInterArea_data()
    {
        QTest::addColumn<QSize>("full");
        QTest::addColumn<QSize>("small");
        QTest::newRow("whole ratio 4") << QSize(128, 64) << QSize(32, 16);
        QTest::newRow("fractional 6000x4000 shape") << QSize(600, 400) << QSize(64, 43);
        QTest::newRow("fractional, prime sizes") << QSize(257, 131) << QSize(31, 17);
        QTest::newRow("same size") << QSize(40, 30) << QSize(40, 30);
        QTest::newRow("one pixel") << QSize(50, 20) << QSize(1, 1);
    }

    void matchesInterArea()
    {
        QFETCH(QSize, full);
        QFETCH(QSize, small);
        cv::Mat plane(full.height(), full.width(), CV_32FC1);
        cv::randu(plane, 0.0f, 100.0f);
        cv::Mat expected;
        cv::resize(plane, expected, {small.width(), small.height()}, 0, 0, cv::INTER_AREA);

        AreaDownscaler downscaler({full.width(), full.height()}, {small.width(), small.height()});
        for (int row = 0; row < full.height(); row += 7)
            downscaler.addRows(plane.rowRange(row, std::min(full.height(), row + 7)));
        const cv::Mat result = downscaler.result();
        QCOMPARE(result.size(), expected.size());
        QVERIFY2(cv::norm(result, expected, cv::NORM_INF) < 1e-3, qPrintable(QString::number(cv::norm(result, expected, cv::NORM_INF))));
    }

    void refusesToEnlargeOrToAnswerEarly()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, AreaDownscaler({10, 10}, {11, 5}));
        AreaDownscaler downscaler({10, 10}, {5, 5});
        downscaler.addRows(cv::Mat(4, 10, CV_32FC1, cv::Scalar(1)));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, downscaler.result());
    }
};

QTEST_APPLESS_MAIN(TestAreaDownscale)
#include "tst_areadownscale.moc"
