// colorized-train, the LibTorch-only trainer, as a GPU machine runs it: it trains from packs
// with the options and defaults of `colorized-cli train`, resumes, and refuses what it cannot do
// with a sentence and the CLI's exit codes (1 bad input, 2 usage).

#include "tinymodel.h"

#include "colorized/core/labpack.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace colorized;

namespace {

struct Run {
    int exitCode = -1;
    QString output;   // stdout and stderr together
};

Run runProgram(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// The build's own colorized-train, or $COLORIZED_TRAIN: how the one of a -DCOLORIZED_CORE_ONLY=ON
// build (which has no tests of its own) is checked with this suite.
Run runTrain(const QStringList& arguments)
{
    const QString chosen = qEnvironmentVariable("COLORIZED_TRAIN");
    return runProgram(chosen.isEmpty() ? QStringLiteral(COLORIZED_TRAIN) : chosen, arguments);
}

// The long options a help text lists (CLI11's "-h,--help" and ours alike), without help/version.
QSet<QString> optionsListed(const QString& help)
{
    QSet<QString> names;
    const QRegularExpression option(QStringLiteral("(?:^|[\\s,])(--[a-z][a-z0-9-]*)"));
    for (auto it = option.globalMatch(help); it.hasNext();)
        names.insert(it.next().captured(1));
    names.remove(QStringLiteral("--help"));
    names.remove(QStringLiteral("--version"));
    return names;
}

}  // namespace

class TestTrainProgram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        writeLabPack(path("train.pack").toStdString(),
                     {testsupport::generatedLabImages(12, 16, 1), {{"source", "generated"}, {"terms", "made by a test"}}});
        writeLabPack(path("val.pack").toStdString(), {testsupport::generatedLabImages(4, 16, 2), {{"source", "held out"}}});
    }

    void trainsFromPacksAndResumes()
    {
        // A small seed U-Net (stem 1, no attention), as `colorized-cli train` would build it.
        const QStringList common = {"--data", path("train.pack"), "--val", path("val.pack"), "--out", path("m.safetensors"),
                                    "--batch", "4", "--resolution", "16", "--width", "8", "--stem", "1",
                                    "--attention", "false", "--validate-every", "2", "--threads", "1", "--name", "gpu-run"};
        const Run first = runTrain(common + QStringList{"--steps", "2"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.output));
        QVERIFY2(first.output.contains("step 2/2"), qPrintable(first.output));
        QVERIFY(QFile::exists(path("m.safetensors.ckpt")));

        const Run resumed = runTrain(common + QStringList{"--steps", "3", "--resume", path("m.safetensors.ckpt")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.output));
        QVERIFY2(resumed.output.contains("at step 2") && resumed.output.contains("step 3/3"), qPrintable(resumed.output));

        const ModelInfo info = readModelInfo(path("m.safetensors").toStdString());
        QCOMPARE(info.name, std::string("gpu-run"));
        QCOMPARE(info.provenance.at("data").get<std::string>(), std::string("generated"));
        QCOMPARE(info.provenance.at("data_terms").get<std::string>(), std::string("made by a test"));
        QCOMPARE(info.provenance.at("images").get<int64_t>(), int64_t{12});
        const auto unet = unetConfigFromJson(info.network.config);
        QCOMPARE(unet.baseWidth, int64_t{8});
        QCOMPARE(unet.stem, int64_t{1});
        QVERIFY(!unet.bottleneckAttention);
        QCOMPARE(loadModel(path("m.safetensors").toStdString()).info.resolution, int64_t{16});

        // A fine-tune at another crop colorizes at the size it was trained at, not its base's.
        const Run tuned = runTrain({"--data", path("train.pack"), "--val", path("val.pack"), "--base", path("m.safetensors"),
                                    "--out", path("tuned.safetensors"), "--batch", "4", "--resolution", "8", "--steps", "1",
                                    "--threads", "1", "--name", "tuned"});
        QVERIFY2(tuned.exitCode == 0, qPrintable(tuned.output));
        const ModelInfo tunedInfo = loadModel(path("tuned.safetensors").toStdString()).info;
        QCOMPARE(tunedInfo.resolution, int64_t{8});
        QCOMPARE(tunedInfo.provenance.at("base_model").get<std::string>(), std::string("gpu-run"));
    }

    void takesTheOptionsOfTheCliTrainCommand()
    {
        const Run ours = runTrain({"--help"});
        QCOMPARE(ours.exitCode, 0);
        const Run cli = runProgram(QStringLiteral(COLORIZED_CLI), {"train", "--help"});
        QCOMPARE(cli.exitCode, 0);
        const auto listed = optionsListed(ours.output);
        QVERIFY2(listed.contains(QStringLiteral("--share")) && listed.contains(QStringLiteral("--device")),
                 qPrintable(ours.output));
        QCOMPARE(listed, optionsListed(cli.output));
        // The defaults come from the same structs: the seed U-Net is not the default.
        QVERIFY2(ours.output.contains(QRegularExpression(QStringLiteral("--stem VALUE\\n.*\\(default: 2\\)"))),
                 qPrintable(ours.output));
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString pack = path("train.pack");
        const QString out = path("never.safetensors");
        QTest::newRow("unknown option") << QStringList{"--data", pack, "--out", out, "--frobnicate"} << 2 << "--frobnicate";
        QTest::newRow("no --out") << QStringList{"--data", pack} << 2 << "--out";
        QTest::newRow("stem out of range") << QStringList{"--data", pack, "--out", out, "--stem", "9"} << 2 << "--stem";
        QTest::newRow("unconditional share above 1")
            << QStringList{"--data", pack, "--out", out, "--unconditional", "1.5"} << 2 << "--unconditional must be between 0 and 1.";
        QTest::newRow("bad number") << QStringList{"--data", pack, "--out", out, "--steps", "many"} << 2 << "many";
        QTest::newRow("unknown parametrization")
            << QStringList{"--data", pack, "--out", out, "--parametrization", "x0"} << 2 << "epsilon";
        // No OpenCV here: a folder is refused with the command that packs it.
        QTest::newRow("a folder") << QStringList{"--data", dir_.path(), "--val", pack, "--out", out} << 1
                                  << "colorized-cli pack";
        QTest::newRow("unknown device")
            << QStringList{"--data", pack, "--val", pack, "--out", out, "--device", "tpu"} << 1 << "cpu or cuda";
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run run = runTrain(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.output.contains(says), qPrintable(run.output));
        QVERIFY(!QFile::exists(path("never.safetensors")));
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestTrainProgram)
#include "tst_trainprogram.moc"
