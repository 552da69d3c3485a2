// Export with provenance: PNG/TIFF/JPEG at full resolution and depth, XMP read back with
// exiv2, sidecar JSON, never over an existing file or an original, refusing a changed source.

#include "guitestdata.h"
#include "tinymodel.h"

#include "colorized/jobs/colorizejob.h"
#include "colorized/jobs/exporter.h"
#include "colorized/jobs/provenance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace colorized::jobs;

class TestExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesImageWithProvenance_data();
    void writesImageWithProvenance();
    void exiv2ReadsDigitalSourceTypeDirectly();
    void neverOverwrites();
    void exportsAnotherCandidate();
    void refusesChangedOriginal();

private:
    ColorizeResult colorize(const QString& path);

    QTemporaryDir dir_;
    QString model_;
    QString photo8_, photo16_;
    ColorizeResult result8_, result16_;
};

ColorizeResult TestExporter::colorize(const QString& path)
{
    ColorizeJob job;
    QSignalSpy finished(&job, &ColorizeJob::finished);
    QSignalSpy failed(&job, &ColorizeJob::failed);
    ColorizeRequest request;
    request.sourcePath = path;
    request.settings.modelPath = model_;
    request.settings.steps = 3;
    request.settings.candidates = 2;
    request.settings.seed = 4242;
    request.hints = {HintSpec{QPointF(0.25, 0.5), QColor(10, 120, 200), {}}};
    job.submit(request);
    if (!finished.wait(60000)) {
        qWarning() << "colorizing" << path << "did not finish:" << failed;
        return {};
    }
    return finished.first().first().value<ColorizeResult>();
}

void TestExporter::initTestCase()
{
    QVERIFY(dir_.isValid());
    model_ = colorized::testsupport::writeTinyModel(dir_.filePath(QStringLiteral("tiny.safetensors")));
    QDir(dir_.path()).mkdir(QStringLiteral("out"));
    photo8_ = guitest::makePhoto(dir_.filePath(QStringLiteral("scan8.png")), 50, 30);
    photo16_ = guitest::makePhoto(dir_.filePath(QStringLiteral("scan16.tif")), 30, 44, CV_16UC1);
    result8_ = colorize(photo8_);
    result16_ = colorize(photo16_);
    QVERIFY(result8_.isValid());
    QVERIFY(result16_.isValid());
}

void TestExporter::writesImageWithProvenance_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("sixteen");
    QTest::addColumn<int>("expectedDepth");
    QTest::newRow("png 8-bit") << int(ExportFormat::Png) << false << CV_8U;
    QTest::newRow("png 16-bit") << int(ExportFormat::Png) << true << CV_16U;
    QTest::newRow("tiff 16-bit") << int(ExportFormat::Tiff) << true << CV_16U;
    QTest::newRow("jpeg from 16-bit") << int(ExportFormat::Jpeg) << true << CV_8U;
}

void TestExporter::writesImageWithProvenance()
{
    QFETCH(int, format);
    QFETCH(bool, sixteen);
    QFETCH(int, expectedDepth);
    const ColorizeResult& result = sixteen ? result16_ : result8_;
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("out"));
    options.format = ExportFormat(format);
    const ExportOutcome outcome = exportResult(result, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(QFileInfo::exists(outcome.imagePath));
    QCOMPARE(QFileInfo(outcome.imagePath).suffix(), fileExtension(ExportFormat(format)));
    QVERIFY(QFileInfo(outcome.imagePath).fileName().contains(QStringLiteral("-colorized")));

    const cv::Mat written = cv::imread(QFile::encodeName(outcome.imagePath).toStdString(), cv::IMREAD_UNCHANGED);
    QCOMPARE(written.cols, result.sourceSize.width());
    QCOMPARE(written.rows, result.sourceSize.height());
    QCOMPARE(written.depth(), expectedDepth);
    QCOMPARE(written.channels(), 3);

    const QMap<QString, QString> xmp = readXmp(outcome.imagePath);
    QCOMPARE(xmp.value(QStringLiteral("Xmp.iptcExt.DigitalSourceType")), QString::fromLatin1(kDigitalSourceType));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.SourceFile")), QFileInfo(result.sourcePath).fileName());
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.SourceSHA256")), guitest::sha256(result.sourcePath));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Model")), QString::fromStdString(colorized::testsupport::TinyModel().name));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.ModelSHA256")), guitest::sha256(model_));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Sampler")), QStringLiteral("ddim"));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Steps")), QStringLiteral("3"));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Seed")), QStringLiteral("4242"));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.NoisePerPhoto")), QStringLiteral("true"));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.ProvenanceVersion")), QString::number(kProvenanceVersion));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Eta")), QStringLiteral("0"));
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Guidance")), QStringLiteral("1"));   // the tiny model's default
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.Damping")), QStringLiteral("0"));    // ...and its plain mean
    QCOMPARE(xmp.value(QStringLiteral("Xmp.colorized.GuidanceCutoff")), QStringLiteral("0"));
    QVERIFY(xmp.value(QStringLiteral("Xmp.colorized.Software")).startsWith(QStringLiteral("COLORIZED ")));
    QVERIFY(!xmp.value(QStringLiteral("Xmp.colorized.Date")).isEmpty());
    QCOMPARE(xmp.value(QStringLiteral("Xmp.dc.source")), QFileInfo(result.sourcePath).fileName());

    QFile sidecar(outcome.sidecarPath);
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(record.value(QStringLiteral("digitalSourceType")).toString(), QString::fromLatin1(kDigitalSourceType));
    QCOMPARE(record.value(QStringLiteral("sourceSha256")).toString(), guitest::sha256(result.sourcePath));
    QCOMPARE(record.value(QStringLiteral("seed")).toString(), QStringLiteral("4242"));
    QCOMPARE(record.value(QStringLiteral("file")).toString(), QFileInfo(outcome.imagePath).fileName());
    QCOMPARE(record.value(QStringLiteral("provenanceVersion")).toInt(), kProvenanceVersion);
    QCOMPARE(record.value(QStringLiteral("modelSha256")).toString(), guitest::sha256(model_));
    // The hint as the model was conditioned on it: position and CIE a*b* of #0a78c8
    // (L* 49.1, a* 2.6, b* -49.1), the form `colorized-cli colorize --hints` reads.
    const QJsonArray hints = record.value(QStringLiteral("hints")).toArray();
    QCOMPARE(hints.size(), 1);
    const QJsonObject hint = hints.first().toObject();
    QCOMPARE(hint.value(QStringLiteral("x")).toDouble(), 0.25);
    QCOMPARE(hint.value(QStringLiteral("y")).toDouble(), 0.5);
    QVERIFY2(qAbs(hint.value(QStringLiteral("a")).toDouble() - 2.6) < 0.5, qPrintable(QString::number(hint.value(QStringLiteral("a")).toDouble())));
    QVERIFY2(qAbs(hint.value(QStringLiteral("b")).toDouble() + 49.1) < 0.5, qPrintable(QString::number(hint.value(QStringLiteral("b")).toDouble())));
    QVERIFY(!hint.contains(QStringLiteral("color")));
    // The XMP packet carries the same record.
    QCOMPARE(QJsonDocument::fromJson(xmp.value(QStringLiteral("Xmp.colorized.Provenance")).toUtf8()).object(), record);
    // No temporary files left behind.
    const QStringList left = QDir(options.folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
}

void TestExporter::exiv2ReadsDigitalSourceTypeDirectly()
{
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("out"));
    options.format = ExportFormat::Jpeg;
    const ExportOutcome outcome = exportResult(result8_, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    // Plain exiv2, as any archive tool would read it.
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(outcome.imagePath).toStdString());
    image->readMetadata();
    const auto it = image->xmpData().findKey(Exiv2::XmpKey("Xmp.iptcExt.DigitalSourceType"));
    QVERIFY(it != image->xmpData().end());
    QCOMPARE(QString::fromStdString(it->toString()), QString::fromLatin1(kDigitalSourceType));
    const auto software = image->exifData().findKey(Exiv2::ExifKey("Exif.Image.Software"));
    QVERIFY(software != image->exifData().end());
}

void TestExporter::neverOverwrites()
{
    const QString original = guitest::sha256(photo8_);
    ExportOptions options;
    options.folder = dir_.path();  // the originals' own folder
    const ExportOutcome first = exportResult(result8_, options);
    const ExportOutcome second = exportResult(result8_, options);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(first.imagePath != second.imagePath);
    QVERIFY(first.imagePath != photo8_ && second.imagePath != photo8_);
    QVERIFY(QFileInfo(second.imagePath).fileName().endsWith(QStringLiteral("-colorized-2.png")));
    QCOMPARE(guitest::sha256(photo8_), original);
}

void TestExporter::exportsAnotherCandidate()
{
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("out"));
    options.candidate = 1;
    const ExportOutcome outcome = exportResult(result8_, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(QFileInfo(outcome.imagePath).fileName().contains(QStringLiteral("-c2")));
    QCOMPARE(readXmp(outcome.imagePath).value(QStringLiteral("Xmp.colorized.Candidate")), QStringLiteral("1"));
    options.candidate = 5;
    QVERIFY(!exportResult(result8_, options).ok());
}

void TestExporter::refusesChangedOriginal()
{
    const QString copy = dir_.filePath(QStringLiteral("changing.png"));
    QVERIFY(QFile::copy(photo8_, copy));
    const ColorizeResult result = colorize(copy);
    QVERIFY(result.isValid());
    guitest::makePhoto(copy, 50, 30, CV_8UC3);  // the scan changed on disk
    ExportOptions options;
    options.folder = dir_.filePath(QStringLiteral("out"));
    const ExportOutcome outcome = exportResult(result, options);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QStringLiteral("changing.png")), qPrintable(outcome.error));
    QVERIFY(outcome.imagePath.isEmpty());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
