// colorized-cli as a user runs it: exit codes 0 / 1 / 2, readable messages, originals untouched.

#include "tinymodel.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace colorized;

namespace {

struct Run {
    int exitCode = -1;
    QString output;   // stdout and stderr together
};

// `cpuinfo`: a fixture in data/cpuinfo/ the CLI reads instead of /proc/cpuinfo (that processor's
// capabilities, whatever this machine is).
Run runCli(const QStringList& arguments, const QString& cpuinfo = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("COLORIZED_MODEL", "");   // no default model from the developer's machine
    if (!cpuinfo.isEmpty())
        environment.insert("COLORIZED_CPUINFO", QStringLiteral(COLORIZED_TEST_SOURCE_DIR "/data/cpuinfo/") + cpuinfo);
    process.setProcessEnvironment(environment);
    process.start(COLORIZED_CLI, arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        testsupport::TinyModel tiny;
        tiny.name = "tiny-cli";
        testsupport::writeTinyModel(path("tiny.safetensors"), tiny);

        // A gray scan: a gradient with a bright disc.
        QImage scan(90, 60, QImage::Format_Grayscale8);
        for (int y = 0; y < scan.height(); ++y)
            for (int x = 0; x < scan.width(); ++x)
                scan.setPixel(x, y, qRgb(x * 2, x * 2, x * 2));
        QVERIFY(scan.save(path("scan.png")));
        QFile text(path("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image\n");
    }

    void versionAndUsage()
    {
        const Run version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.output.contains("colorized-cli"));
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({"colorize"}).exitCode, 2);
        QCOMPARE(runCli({"frobnicate"}).exitCode, 2);
        QCOMPARE(runCli({"colorize", path("scan.png"), "-o", path("out"), "--format", "gif"}).exitCode, 2);
    }

    void colorizesAndRecordsProvenance()
    {
        const QByteArray before = sha256(path("scan.png"));
        const Run run = runCli({"colorize", path("scan.png"), "-o", path("out"), "--model", path("tiny.safetensors"),
                                "--steps", "4", "--seed", "7", "--candidates", "2", "--all-candidates", "--threads", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(sha256(path("scan.png")), before);
        const QImage result(path("out/scan_colorized.png"));
        QCOMPARE(result.size(), QSize(90, 60));
        QVERIFY(QFile::exists(path("out/scan_colorized_candidate1.png")));
        QFile sidecar(path("out/scan_colorized.png.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(record["sourceFile"].toString(), QString("scan.png"));
        QCOMPARE(record["sourceSha256"].toString(), QString::fromLatin1(before.toHex()));
        QCOMPARE(record["seed"].toString(), QString("7"));
        QCOMPARE(record["model"].toString(), QString("tiny-cli"));
        QCOMPARE(record["digitalSourceType"].toString(),
                 QString("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"));

        // The same inputs and seed reproduce the result exactly.
        const Run again = runCli({"colorize", path("scan.png"), "-o", path("again"), "--model", path("tiny.safetensors"),
                                  "--steps", "4", "--seed", "7", "--candidates", "2", "--threads", "1"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QImage(path("again/scan_colorized.png")), result);
    }

    void badInputsExitOneAndSayWhy()
    {
        const Run notImage = runCli({"colorize", path("notes.txt"), "-o", path("out2"), "--model",
                                     path("tiny.safetensors"), "--steps", "2"});
        QCOMPARE(notImage.exitCode, 1);
        QVERIFY2(notImage.output.contains("notes.txt"), qPrintable(notImage.output));

        const Run missing = runCli({"colorize", path("nothing.jpg"), "-o", path("out2"), "--model",
                                    path("tiny.safetensors"), "--steps", "2"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.output.contains("nothing.jpg"));

        // One bad file among good ones: the good one is still done, the exit code says 1.
        const Run mixed = runCli({"colorize", path("notes.txt"), path("scan.png"), "-o", path("out3"), "--model",
                                  path("tiny.safetensors"), "--steps", "2", "--threads", "1"});
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY(QFile::exists(path("out3/scan_colorized.png")));

        const Run corruptModel = runCli({"colorize", path("scan.png"), "-o", path("out4"), "--model", path("notes.txt")});
        QCOMPARE(corruptModel.exitCode, 1);
        QVERIFY2(corruptModel.output.contains("notes.txt"), qPrintable(corruptModel.output));

        // A sampler this version does not know: refused with the names it knows, never run as another.
        const Run sampler = runCli({"colorize", path("scan.png"), "-o", path("out5"), "--model", path("tiny.safetensors"),
                                    "--sampler", "euler", "--steps", "2"});
        QCOMPARE(sampler.exitCode, 1);
        QVERIFY2(sampler.output.contains("\"euler\"") && sampler.output.contains("ddim or ddpm"), qPrintable(sampler.output));
        QVERIFY(!QFile::exists(path("out5/scan_colorized.png")));

        const Run info = runCli({"info", path("scan.png")});
        QCOMPARE(info.exitCode, 1);
        QVERIFY(info.output.contains("safetensors") || info.output.contains("model"));

        const Run noModel = runCli({"colorize", path("scan.png"), "-o", path("out5")});
        if (noModel.exitCode != 0) {   // a developer machine may have an installed default model
            QCOMPARE(noModel.exitCode, 1);
            QVERIFY(noModel.output.contains("--model"));
        }
    }

    void neverWritesOverAnInput()
    {
        // Output folder = the input's folder, and the output name equal to an input's name.
        QVERIFY(QDir().mkpath(path("same")));
        QVERIFY(QFile::copy(path("scan.png"), path("same/scan_colorized.png")));
        const QByteArray before = sha256(path("same/scan_colorized.png"));
        QVERIFY(QFile::copy(path("scan.png"), path("same/scan.png")));
        const Run run = runCli({"colorize", path("same/scan.png"), path("same/scan_colorized.png"), "-o", path("same"),
                                "--model", path("tiny.safetensors"), "--steps", "2", "--threads", "1"});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(sha256(path("same/scan_colorized.png")), before);
        QVERIFY(run.output.contains("scan_colorized.png"));
    }

    void infoShowsTheModel()
    {
        const Run run = runCli({"info", path("tiny.safetensors")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.output.contains("tiny-cli"));
        QVERIFY(run.output.contains("velocity"));
    }

    void bf16OnlyWhereTheProcessorHasIt_data()
    {
        QTest::addColumn<QString>("cpuinfo");
        QTest::addColumn<bool>("native");
        QTest::newRow("Zen 3, emulated") << "zen3-epyc-7763.cpuinfo" << false;
        QTest::newRow("Zen 4, avx512_bf16") << "zen4-epyc-avx512bf16.cpuinfo" << true;
    }

    void bf16OnlyWhereTheProcessorHasIt()
    {
        QFETCH(QString, cpuinfo);
        QFETCH(bool, native);
        const QString out = path("bf16-" + cpuinfo);
        const Run run = runCli({"colorize", path("scan.png"), "-o", out, "--model", path("tiny.safetensors"), "--steps",
                                "2", "--threads", "1", "--bf16"},
                               cpuinfo);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.output.count("--bf16 is ignored and this runs in fp32"), native ? 0 : 1);
        QFile sidecar(out + "/scan_colorized.png.json");
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(sidecar.readAll()).object()["bf16"].toBool(), native);   // what ran
    }

    void benchNamesTheProcessorAndSkipsEmulatedBf16()
    {
        const Run run = runCli({"bench", "--reps", "1", "--res", "16", "--no-train"}, "zen3-epyc-7763.cpuinfo");
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QStringList lines = run.output.split('\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.value(0).startsWith("processor: AMD EPYC 7763 64-Core Processor, 2 logical CPUs; avx2;"),
                 qPrintable(run.output));
        QVERIFY(lines.value(0).contains("native bf16: no"));
        QVERIFY(run.output.contains("bf16 rows skipped"));
        QVERIFY(run.output.contains("step 16px batch 1: "));
        QVERIFY2(!run.output.contains("batch 1 bf16"), qPrintable(run.output));   // no bf16 row was timed
        QVERIFY(!run.output.contains("train 64px"));
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
