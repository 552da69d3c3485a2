// colorized-cli as a user runs it: exit codes 0 / 1 / 2, readable messages, originals untouched.

#include "colorized/core/labpack.h"
#include "colorized/core/samplingdefaults.h"

#include "tinymodel.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
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

        // Six small color photos of different hues: ground truth for eval, data for pack.
        QVERIFY(QDir().mkpath(path("photos")));
        for (int i = 0; i < 6; ++i) {
            QImage photo(48, 40, QImage::Format_RGB32);
            for (int y = 0; y < photo.height(); ++y)
                for (int x = 0; x < photo.width(); ++x)
                    photo.setPixel(x, y, qRgb((x * 5 + i * 40) % 256, (y * 6 + 20) % 256, (i * 45 + 10) % 256));
            QVERIFY(photo.save(path(QString("photos/p%1.png").arg(i))));
        }
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
        QFile hints(path("hints.json"));
        QVERIFY(hints.open(QIODevice::WriteOnly));
        hints.write(R"([{"x": 0.25, "y": 0.5, "a": 20.5, "b": -35}])");
        hints.close();
        const Run run = runCli({"colorize", path("scan.png"), "-o", path("out"), "--model", path("tiny.safetensors"),
                                "--hints", path("hints.json"), "--steps", "4", "--seed", "7", "--candidates", "2",
                                "--all-candidates", "--threads", "1"});
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
        QCOMPARE(record["noisePerPhoto"].toBool(false), true);
        QCOMPARE(record["model"].toString(), QString("tiny-cli"));
        QCOMPARE(record["modelSha256"].toString(),
                 QString::fromLatin1(sha256(path("tiny.safetensors")).toHex()));
        QCOMPARE(record["provenanceVersion"].toInt(), 7);
        QCOMPARE(record["sampler"].toString(), QString("ddim"));
        QCOMPARE(record["steps"].toInt(), 4);
        QCOMPARE(record["eta"].toDouble(), 0.0);
        QCOMPARE(record["guidance"].toDouble(), 1.0);   // a model trained without unconditional samples
        QCOMPARE(record["damping"].toDouble(), 0.0);    // ...whose consensus is the plain mean
        QCOMPARE(record["candidate"].toInt(), 2);   // the consensus, after candidates 0 and 1
        for (const int k : {0, 1}) {
            QFile other(path("out/scan_colorized_candidate%1.png.json").arg(k));
            QVERIFY(other.open(QIODevice::ReadOnly));
            QCOMPARE(QJsonDocument::fromJson(other.readAll()).object()["candidate"].toInt(), k);
        }
        QCOMPARE(record["continuedFromStep"].toInt(), 0);
        // Hints in the form `--hints` reads, so a record can reproduce its result.
        const QJsonArray recordedHints = record["hints"].toArray();
        QCOMPARE(recordedHints.size(), 1);
        const QJsonObject hint = recordedHints.first().toObject();
        QCOMPARE(hint["x"].toDouble(), 0.25);
        QCOMPARE(hint["y"].toDouble(), 0.5);
        QCOMPARE(hint["a"].toDouble(), 20.5);
        QCOMPARE(hint["b"].toDouble(), -35.0);
        QCOMPARE(record["digitalSourceType"].toString(),
                 QString("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"));

        // The same inputs and seed reproduce the result exactly.
        const Run again = runCli({"colorize", path("scan.png"), "-o", path("again"), "--model", path("tiny.safetensors"),
                                  "--hints", path("hints.json"), "--steps", "4", "--seed", "7", "--candidates", "2",
                                  "--threads", "1"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QImage(path("again/scan_colorized.png")), result);
    }

    // Each file draws its own noise from the seed and its SHA-256: the same pixels in a file with
    // other bytes (a text chunk) get other colors, where one seed used to give every photo of a
    // folder the same noise.
    void eachFileDrawsItsOwnNoise()
    {
        QImage twin(path("scan.png"));
        twin.setText("Title", "the same pixels, other bytes");
        QVERIFY(twin.save(path("twin.png")));
        QVERIFY(sha256(path("twin.png")) != sha256(path("scan.png")));
        const Run run = runCli({"colorize", path("scan.png"), path("twin.png"), "-o", path("twins"), "--model",
                                path("tiny.safetensors"), "--steps", "4", "--seed", "7", "--candidates", "1",
                                "--threads", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const QImage first(path("twins/scan_colorized.png")), second(path("twins/twin_colorized.png"));
        QCOMPARE(first.size(), QSize(90, 60));
        QCOMPARE(second.size(), first.size());
        QVERIFY(first != second);
    }

    // Guidance and the consensus' damping: the model's own unless asked, recorded as run.
    void guidanceIsTheModelsUnlessAskedAndRecorded()
    {
        testsupport::TinyModel guidedModel;
        guidedModel.name = "tiny-guided";
        guidedModel.unconditionalProbability = 0.15;
        testsupport::writeTinyModel(path("guided.safetensors"), guidedModel);
        const auto recorded = [&](const QString& folder, const char* field) {
            QFile sidecar(path(folder + "/scan_colorized.png.json"));
            return sidecar.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(sidecar.readAll()).object()[field].toDouble()
                                                     : -1.0;
        };
        const auto guidanceOf = [&](const QString& folder) { return recorded(folder, "guidance"); };
        const auto dampingOf = [&](const QString& folder) { return recorded(folder, "damping"); };
        const auto cutoffOf = [&](const QString& folder) { return recorded(folder, "guidanceCutoff"); };
        const QStringList common = {path("scan.png"), "--steps", "2", "--candidates", "2", "--threads", "1", "--model"};

        QCOMPARE(runCli(QStringList{"colorize", "-o", path("g-default")} + common + QStringList{path("guided.safetensors")}).exitCode, 0);
        QCOMPARE(guidanceOf("g-default"), kDefaultGuidance);
        QCOMPARE(dampingOf("g-default"), kDefaultDamping);
        QCOMPARE(cutoffOf("g-default"), kDefaultGuidanceCutoff);
        QCOMPARE(runCli(QStringList{"colorize", "-o", path("c-asked"), "--guidance-cutoff", "0"} + common
                        + QStringList{path("guided.safetensors")}).exitCode, 0);
        QCOMPARE(cutoffOf("c-asked"), 0.0);
        QCOMPARE(guidanceOf("c-asked"), kDefaultGuidance);
        QCOMPARE(runCli(QStringList{"colorize", "-o", path("g-asked"), "--guidance", "2.5"} + common
                        + QStringList{path("guided.safetensors")}).exitCode, 0);
        QCOMPARE(guidanceOf("g-asked"), 2.5);
        QCOMPARE(runCli(QStringList{"colorize", "-o", path("d-asked"), "--damping", "0.5"} + common
                        + QStringList{path("guided.safetensors")}).exitCode, 0);
        QCOMPARE(dampingOf("d-asked"), 0.5);
        QCOMPARE(guidanceOf("d-asked"), kDefaultGuidance);
        // A model trained without unconditional samples runs at 1 and refuses any other guidance.
        QCOMPARE(runCli(QStringList{"colorize", "-o", path("p-default")} + common + QStringList{path("tiny.safetensors")}).exitCode, 0);
        QCOMPARE(guidanceOf("p-default"), 1.0);
        QCOMPARE(dampingOf("p-default"), 0.0);
        QCOMPARE(cutoffOf("p-default"), 0.0);
        const Run refused = runCli(QStringList{"colorize", "-o", path("p-asked"), "--guidance", "2"} + common
                                   + QStringList{path("tiny.safetensors")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.output.contains("was not trained for guidance"), qPrintable(refused.output));
        QVERIFY(!QFile::exists(path("p-asked/scan_colorized.png")));
        const Run outOfRange = runCli(QStringList{"colorize", "-o", path("g-range"), "--guidance", "9"} + common
                                      + QStringList{path("guided.safetensors")});
        QVERIFY(outOfRange.exitCode != 0);
        QVERIFY2(outOfRange.output.contains("--guidance"), qPrintable(outOfRange.output));
        const Run dampingOutOfRange = runCli(QStringList{"colorize", "-o", path("d-range"), "--damping", "17"} + common
                                             + QStringList{path("guided.safetensors")});
        QVERIFY(dampingOutOfRange.exitCode != 0);
        QVERIFY2(dampingOutOfRange.output.contains("--damping"), qPrintable(dampingOutOfRange.output));
        const Run cutoffOutOfRange = runCli(QStringList{"colorize", "-o", path("c-range"), "--guidance-cutoff", "1.5"}
                                            + common + QStringList{path("guided.safetensors")});
        QVERIFY(cutoffOutOfRange.exitCode != 0);
        QVERIFY2(cutoffOutOfRange.output.contains("--guidance-cutoff"), qPrintable(cutoffOutOfRange.output));
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
    }

    void findsTheBundledModelFromTheBuildTree()
    {
        // The build tree holds the bundled model where an installation would, relative to the
        // executable (app/share/colorized/models): no source path is compiled in.
        const Run run = runCli({"colorize", path("scan.png"), "-o", path("bundled"), "--steps", "1", "--candidates",
                                "1", "--threads", "1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QFile sidecar(path("bundled/scan_colorized.png.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(sidecar.readAll()).object();
        QCOMPARE(record["modelFile"].toString(), QString("colorized-default.safetensors"));
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

    void evalSpreadTakesPhotosAtEvenStepsOfTheNameOrder()
    {
        const QStringList common = {"--data", path("photos"), "--model", path("tiny.safetensors"), "--steps", "1",
                                    "--candidates", "1", "--threads", "1"};
        const Run run = runCli(QStringList{"eval", "--spread", "3", "--json", path("spread.json")} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QStringList names;
        for (const auto& row : readJson(path("spread.json"))["per_image"].toArray())
            names << QFileInfo(row.toObject()["file"].toString()).fileName();
        QCOMPARE(names, QStringList({"p0.png", "p2.png", "p4.png"}));

        const Run both = runCli(QStringList{"eval", "--spread", "3", "--limit", "2"} + common);
        QCOMPARE(both.exitCode, 2);   // a usage error: one way of choosing a subset at a time
        QVERIFY2(both.output.contains("excludes"), qPrintable(both.output));
    }

    void evalMeasuresTheShownResultAndItsCast()
    {
        const QStringList common = {"--data", path("photos"), "--model", path("tiny.safetensors"), "--steps", "2",
                                    "--candidates", "2", "--seed", "3", "--threads", "1"};
        const Run run = runCli(QStringList{"eval", "--json", path("eval.json")} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        for (const char* line : {"model tiny-cli, 6 images from", "ground truth", "shown (consensus of 2)", "gray baseline",
                                 "candidate 1", "best of 2 (oracle)"})
            QVERIFY2(run.output.contains(line), line);
        const QJsonObject report = readJson(path("eval.json"));
        QCOMPARE(report["images"].toInt(), 6);
        QCOMPARE(report["model_sha256"].toString(), QString::fromLatin1(sha256(path("tiny.safetensors")).toHex()));
        QVERIFY(report["shown"].toObject()["ciede2000"].toDouble() > 0.0);
        // The oracle is the best of the drawn candidates, candidate 1 among them (the consensus
        // shown is not a candidate: it may beat them all).
        for (const auto& row : report["per_image"].toArray())
            QVERIFY(row.toObject()["best_ciede2000"].toDouble() <= row.toObject()["first_ciede2000"].toDouble());
        QVERIFY(report["gray_baseline"].toObject()["colorfulness"].toDouble() < 0.5);
        QCOMPARE(report["guidance"].toDouble(), 1.0);

        // Guidance needs a model trained with unconditional samples; the tiny one was not.
        const Run guided = runCli(QStringList{"eval", "--guidance", "2"} + common);
        QCOMPARE(guided.exitCode, 1);
        QVERIFY2(guided.output.contains("was not trained for guidance (train --unconditional)"), qPrintable(guided.output));

        // The set's cast is the mean of the per-image casts; bluish is the share with b* < 0.
        double sumA = 0.0;
        double sumB = 0.0;
        int bluish = 0;
        const QJsonArray rows = report["per_image"].toArray();
        QCOMPARE(rows.size(), 6);
        for (const auto& row : rows) {
            sumA += row.toObject()["mean_a"].toDouble();
            sumB += row.toObject()["mean_b"].toDouble();
            bluish += row.toObject()["mean_b"].toDouble() < 0.0 ? 1 : 0;
        }
        const QJsonObject cast = report["cast"].toObject();
        QVERIFY(qAbs(cast["mean_a"].toDouble() - sumA / 6) < 1e-9);
        QVERIFY(qAbs(cast["mean_b"].toDouble() - sumB / 6) < 1e-9);
        QCOMPARE(cast["bluish_share"].toDouble(), bluish / 6.0);
        QVERIFY(qAbs(report["truth_cast"].toObject()["mean_a"].toDouble()) > 0.1);   // the photos have color

        // Without a ground truth, the same results have the same cast (measured without metrics).
        const Run castOnly = runCli(QStringList{"eval", "--cast-only", "--json", path("cast.json")} + common);
        QVERIFY2(castOnly.exitCode == 0, qPrintable(castOnly.output));
        QVERIFY(!castOnly.output.contains("gray baseline"));
        const QJsonObject castReport = readJson(path("cast.json"))["cast"].toObject();
        for (const char* key : {"mean_a", "mean_b", "bluish_share"})
            QVERIFY2(qAbs(castReport[key].toDouble() - cast[key].toDouble()) < 1e-9, key);
    }

    void packSplitsAFolderIntoTrainingAndHeldOut()
    {
        const auto pack = [this](const QString& split) {
            const Run run = runCli({"pack", "--data", path("photos"), "--out", path("pack-" + split + ".safetensors"),
                                    "--size", "16", "--split", split});
            if (run.exitCode != 0)
                qWarning() << run.output;
            return int(readLabPack(path("pack-" + split + ".safetensors").toStdString()).lab.size(0));
        };
        const auto all = pack("all");
        const auto training = pack("train");
        const auto heldOut = pack("heldout");
        QCOMPARE(all, 6);
        QCOMPARE(heldOut, 3);   // dataset.h: at least 3 held out when there are 4 or more
        QCOMPARE(training + heldOut, all);
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
        QVERIFY2(!run.output.contains("batch 1 bf16"), qPrintable(run.output));   // no bf16 row was timed
        QVERIFY(!run.output.contains("train 64px"));
    }

    void benchTimesTheSeedNetworkAndTheTrainedOneInOneRun()
    {
        const Run run = runCli({"bench", "--reps", "1", "--res", "16", "--no-train"}, "zen3-epyc-7763.cpuinfo");
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.output.contains("\nseed U-Net: 7.36M params, up=nearest\n"), qPrintable(run.output));
        QVERIFY2(run.output.contains("\nstem-2 U-Net + attention: 7.63M params, up=nearest\n"), qPrintable(run.output));
        QCOMPARE(run.output.count("  step 16px batch 1: "), 2);
        const QRegularExpression ratio("\n  step 16px: (\\d+\\.\\d\\d)x the time\n");
        const auto match = ratio.match(run.output);
        QVERIFY2(match.hasMatch(), qPrintable(run.output));
        QVERIFY(match.captured(1).toDouble() > 0.0);
        QVERIFY(!run.output.contains("training: "));   // --no-train: no training ratio
    }

private:
    QString path(const QString& name) const { return dir_.filePath(name); }
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
