// Issue 13, finding 4: giant scans. A scan over the in-memory limit is colorized by
// colorized-cli in strips, with peak memory inside the budget the README states ("Large scans")
// whatever its size, and with its provenance; one whose format cannot be read in strips is
// refused with one sentence that names the limit and how to raise it.

#include "colorized/jobs/provenance.h"

#include "childmemory.h"
#include "tinymodel.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QProcess>
#include <QtTest>

using namespace colorized;

namespace {

// README, "Large scans": colorize in strips stays under this, the libraries, the model and
// LibTorch's own buffers included, whatever the scan's size (at most 361 MB measured, on a
// 12000x12000 16-bit RGBA scan). In memory, a 48-megapixel 8-bit gray scan already took
// 450-460 MB, and the 80-megapixel one below 580 MB (264 MB in strips).
constexpr double kStripBudgetMegabytes = 500;

struct Run {
    int exitCode = -1;
    QString output;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("COLORIZED_MODEL", "");
    environment.remove("COLORIZED_IN_MEMORY_MEGAPIXELS");
    process.setProcessEnvironment(environment);
    process.start(COLORIZED_CLI, arguments);
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}


// Ramps and shapes: a scan-like image that PNG compresses quickly.
cv::Mat generatedScan(int width, int height)
{
    cv::Mat pixels(height, width, CV_8UC1);
    for (int y = 0; y < height; ++y)
        pixels.row(y).setTo(40 + 160 * y / height);
    cv::circle(pixels, {width / 3, height / 2}, height / 4, 230, cv::FILLED);
    cv::rectangle(pixels, cv::Rect(width / 2, height / 5, width / 6, height / 2), 20, cv::FILLED);
    return pixels;
}

}  // namespace

class TestLargeScans : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        testsupport::writeTinyModel(path("tiny.safetensors"));
    }

    // 80 megapixels against a limit of 10: read twice and written band by band.
    void colorizesAGiantScanWithinTheBudget()
    {
        QVERIFY(cv::imwrite(path("giant.png").toStdString(), generatedScan(10000, 8000),
                            {cv::IMWRITE_PNG_COMPRESSION, 1}));
        const Run run = runCli({"colorize", path("giant.png"), "-o", path("out"), "--model", path("tiny.safetensors"),
                                "--steps", "2", "--in-memory-limit", "10"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains("in strips"), qPrintable(run.output));
        const double peak = testsupport::childrenPeakMegabytes();
        QVERIFY2(peak < kStripBudgetMegabytes * testsupport::kMemoryBudgetFactor,
                 qPrintable(QString("peak %1 MB").arg(peak)));

        const QString result = path("out/giant_colorized.png");
        const cv::Mat image = cv::imread(result.toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(image.cols, 10000);
        QCOMPARE(image.rows, 8000);
        QCOMPARE(image.type(), CV_8UC3);
        const auto xmp = jobs::readXmp(result);
        QCOMPARE(xmp.value("Xmp.iptcExt.DigitalSourceType"), QString::fromLatin1(jobs::kDigitalSourceType));
        QVERIFY(QFile::exists(result + ".json"));
    }

    void refusesAGiantJpegWithTheLimit()
    {
        QVERIFY(cv::imwrite(path("big.jpg").toStdString(), generatedScan(1200, 1000)));
        const Run run = runCli({"colorize", path("big.jpg"), "-o", path("out"), "--model", path("tiny.safetensors"),
                                "--steps", "2", "--in-memory-limit", "1"});
        QCOMPARE(run.exitCode, 1);
        const QString message = run.output.trimmed().split('\n').last();
        for (const char* part : {"big.jpg", "1200 x 1000", "more than the 1 megapixels", "Only PNG and TIFF files can be read in strips",
                                 "--in-memory-limit", "COLORIZED_IN_MEMORY_MEGAPIXELS"})
            QVERIFY2(message.contains(QLatin1String(part)), qPrintable(message));
        QVERIFY(!QFile::exists(path("out/big_colorized.png")));
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestLargeScans)
#include "tst_largescans.moc"
