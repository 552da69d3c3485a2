#include "colorized/jobs/provenance.h"

#include "colorized/jobs/imageconvert.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <exiv2/exiv2.hpp>

#include <mutex>
#include <stdexcept>

namespace colorized::jobs {

namespace {

std::mutex& exivMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Caller holds exivMutex(). The XMP toolkit is initialised once, before any use.
void initialiseExiv2()
{
    static bool done = false;
    if (done)
        return;
    Exiv2::XmpParser::initialize();
    Exiv2::XmpProperties::registerNs(kXmpNamespace, kXmpPrefix);
    done = true;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

}  // namespace

QString softwareVersion()
{
    return QStringLiteral("COLORIZED " COLORIZED_VERSION);
}

QJsonObject provenanceRecord(const Provenance& p)
{
    QJsonArray hints;
    for (const ProvenanceHint& hint : p.hints) {
        QJsonObject item{{QStringLiteral("x"), hint.x},
                         {QStringLiteral("y"), hint.y},
                         {QStringLiteral("a"), hint.a},
                         {QStringLiteral("b"), hint.b}};
        if (!hint.note.isEmpty())
            item[QStringLiteral("note")] = hint.note;
        hints.append(item);
    }
    QJsonObject record;
    record[QStringLiteral("provenanceVersion")] = kProvenanceVersion;
    record[QStringLiteral("digitalSourceType")] = QString::fromLatin1(kDigitalSourceType);
    record[QStringLiteral("note")] =
        QStringLiteral("Colors are a machine-learning estimate added to a black-and-white "
                       "original; they are not a record of the original colors.");
    record[QStringLiteral("file")] = p.file;
    record[QStringLiteral("sourceFile")] = QFileInfo(p.sourcePath).fileName();
    record[QStringLiteral("sourceSha256")] = p.sourceSha256;
    record[QStringLiteral("sourceWidth")] = p.sourceSize.width();
    record[QStringLiteral("sourceHeight")] = p.sourceSize.height();
    record[QStringLiteral("sourceBitDepth")] = p.sourceBitDepth;
    record[QStringLiteral("model")] = p.modelName;
    record[QStringLiteral("modelFile")] = QFileInfo(p.modelPath).fileName();
    record[QStringLiteral("modelSha256")] = p.modelSha256;
    record[QStringLiteral("sampler")] = p.sampler;
    record[QStringLiteral("steps")] = p.steps;
    record[QStringLiteral("eta")] = p.eta;
    record[QStringLiteral("guidance")] = p.guidance;
    record[QStringLiteral("guidanceCutoff")] = p.guidanceCutoff;
    record[QStringLiteral("damping")] = p.damping;
    // A string: JSON numbers lose 64-bit seeds.
    record[QStringLiteral("seed")] = QString::number(p.seed);
    record[QStringLiteral("noisePerPhoto")] = p.noisePerPhoto;
    record[QStringLiteral("candidates")] = p.candidates;
    record[QStringLiteral("candidate")] = p.candidate;
    record[QStringLiteral("resolution")] = p.resolution;
    record[QStringLiteral("bf16")] = p.bf16;
    record[QStringLiteral("hintStrength")] = p.hintStrength;
    record[QStringLiteral("hintRadius")] = p.hintRadius;
    record[QStringLiteral("continuedFromStep")] = p.continuedFromStep;
    if (p.continuedFromStep > 0) {
        record[QStringLiteral("continuedFromSeed")] = QString::number(p.continuedFromSeed);
        record[QStringLiteral("continuedFromCandidate")] = p.continuedFromCandidate;
    }
    record[QStringLiteral("hints")] = hints;
    record[QStringLiteral("date")] = p.date.toUTC().toString(Qt::ISODate);
    record[QStringLiteral("software")] = softwareVersion();
    return record;
}

QString resultName(int result, int drawn)
{
    return isConsensus(result, drawn) ? QCoreApplication::translate("Result", "Consensus")
                                      : QCoreApplication::translate("Result", "Candidate %1").arg(result + 1);
}

Provenance provenanceOf(const ColorizeResult& result, int candidate, const QString& exportedName)
{
    const ColorizeSettings& s = result.settings;
    Provenance p;
    p.file = exportedName;
    p.sourcePath = result.sourcePath;
    p.sourceSha256 = result.sourceSha256;
    p.sourceSize = result.sourceSize;
    p.sourceBitDepth = result.sourceBitDepth;
    p.modelName = result.modelName;
    p.modelPath = s.modelPath;
    p.modelSha256 = result.modelSha256;
    p.sampler = QString::fromStdString(toString(s.sampler));
    p.steps = s.steps;
    p.eta = s.eta;
    p.guidance = s.guidance.value_or(1.0);
    p.guidanceCutoff = s.guidanceCutoff.value_or(0.0);
    p.damping = s.damping.value_or(0.0);
    p.seed = s.seed;
    p.noisePerPhoto = s.noisePerPhoto;
    p.candidates = s.candidates;
    p.candidate = candidate;
    p.resolution = s.resolution;
    p.bf16 = s.bf16;
    p.hintStrength = s.hintStrength;
    p.hintRadius = kDefaultHintRadius;
    p.continuedFromStep = result.startStep;
    p.continuedFromSeed = result.parentSeed;
    p.continuedFromCandidate = result.parentCandidate;
    for (const HintSpec& hint : result.hints) {
        ProvenanceHint h;
        h.x = hint.position.x();
        h.y = hint.position.y();
        toAb(hint.color, h.a, h.b);
        h.note = hint.note;
        p.hints.push_back(h);
    }
    p.date = result.finishedAt;
    return p;
}

namespace {

// Caller holds exivMutex().
void fillXmp(Exiv2::XmpData& xmp, const QJsonObject& record)
{
    const auto text = [&](const char* key) { return jsonText(record.value(QLatin1String(key))).toStdString(); };
    xmp["Xmp.iptcExt.DigitalSourceType"] = std::string(kDigitalSourceType);
    xmp["Xmp.dc.source"] = text("sourceFile");
    xmp["Xmp.dc.description"] = "lang=x-default " + text("note");
    xmp["Xmp.xmp.CreatorTool"] = text("software");
    xmp["Xmp.xmp.CreateDate"] = text("date");
    const std::string ns = std::string("Xmp.") + kXmpPrefix + ".";
    xmp[ns + "SourceFile"] = text("sourceFile");
    xmp[ns + "SourceSHA256"] = text("sourceSha256");
    xmp[ns + "Model"] = text("model");
    xmp[ns + "ModelFile"] = text("modelFile");
    xmp[ns + "ModelSHA256"] = text("modelSha256");
    xmp[ns + "ProvenanceVersion"] = text("provenanceVersion");
    xmp[ns + "Sampler"] = text("sampler");
    xmp[ns + "Steps"] = text("steps");
    xmp[ns + "Eta"] = text("eta");
    xmp[ns + "Guidance"] = text("guidance");
    xmp[ns + "GuidanceCutoff"] = text("guidanceCutoff");
    xmp[ns + "Damping"] = text("damping");
    xmp[ns + "Seed"] = text("seed");
    xmp[ns + "NoisePerPhoto"] = text("noisePerPhoto");
    xmp[ns + "Candidates"] = text("candidates");
    xmp[ns + "Candidate"] = text("candidate");
    xmp[ns + "Resolution"] = text("resolution");
    xmp[ns + "ContinuedFromStep"] = text("continuedFromStep");
    xmp[ns + "Hints"] = text("hints");
    xmp[ns + "Date"] = text("date");
    xmp[ns + "Software"] = text("software");
    xmp[ns + "Provenance"] = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)).toStdString();
}

std::string imageDescription(const QJsonObject& record)
{
    const auto text = [&](const char* key) { return jsonText(record.value(QLatin1String(key))).toStdString(); };
    return "Colorized by " + text("software") + " with model " + text("model") + " from " + text("sourceFile")
           + ". " + text("note");
}

}  // namespace

QString embedProvenance(const QString& imagePath, const QJsonObject& record)
{
    std::lock_guard<std::mutex> lock(exivMutex());
    try {
        initialiseExiv2();
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(imagePath).toStdString());
        if (!image.get())
            return QCoreApplication::translate("Provenance", "The exported file %1 could not be reopened to add its provenance.")
                .arg(QFileInfo(imagePath).fileName());
        image->readMetadata();
        fillXmp(image->xmpData(), record);
        if (image->mimeType() != "image/png") {
            Exiv2::ExifData& exif = image->exifData();
            exif["Exif.Image.Software"] = jsonText(record.value(QLatin1String("software"))).toStdString();
            exif["Exif.Image.ImageDescription"] = imageDescription(record);
        }
        image->writeMetadata();
    } catch (const std::exception& error) {
        return QCoreApplication::translate("Provenance", "The provenance could not be written into %1: %2")
            .arg(QFileInfo(imagePath).fileName(), QString::fromLocal8Bit(error.what()));
    }
    return {};
}

imaging::RowWriterMetadata provenanceMetadata(const QJsonObject& record)
{
    std::lock_guard<std::mutex> lock(exivMutex());
    initialiseExiv2();
    Exiv2::XmpData xmp;
    fillXmp(xmp, record);
    imaging::RowWriterMetadata metadata;
    if (Exiv2::XmpParser::encode(metadata.xmpPacket, xmp) != 0)
        throw std::runtime_error("The provenance could not be encoded as XMP.");
    metadata.software = jsonText(record.value(QLatin1String("software"))).toStdString();
    metadata.description = imageDescription(record);
    return metadata;
}

QString sidecarPath(const QString& imagePath)
{
    return imagePath + QStringLiteral(".json");
}

QString writeSidecar(const QString& imagePath, const QJsonObject& record)
{
    QSaveFile sidecar(sidecarPath(imagePath));
    if (!sidecar.open(QIODevice::WriteOnly) ||
        sidecar.write(QJsonDocument(record).toJson(QJsonDocument::Indented)) < 0 || !sidecar.commit())
        return QCoreApplication::translate("Provenance", "The provenance file %1 could not be written: %2")
            .arg(QFileInfo(sidecarPath(imagePath)).fileName(), sidecar.errorString());
    return {};
}

QMap<QString, QString> readXmp(const QString& imagePath)
{
    QMap<QString, QString> values;
    std::lock_guard<std::mutex> lock(exivMutex());
    try {
        initialiseExiv2();
        auto image = Exiv2::ImageFactory::open(QFile::encodeName(imagePath).toStdString());
        if (!image.get())
            return values;
        image->readMetadata();
        for (const auto& datum : image->xmpData())
            values.insert(QString::fromStdString(datum.key()),
                          QString::fromStdString(datum.toString()));
    } catch (const std::exception&) {
        values.clear();
    }
    return values;
}

}  // namespace colorized::jobs
