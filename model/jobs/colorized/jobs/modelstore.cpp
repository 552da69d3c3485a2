#include "colorized/jobs/modelstore.h"

#include "colorized/jobs/modellocator.h"

#include "colorized/core/modelfile.h"
#include "colorized/core/safetensors.h"
#include "colorized/core/workingresolution.h"
#include "colorized/imaging/errortext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace colorized::jobs {

namespace {

constexpr char kNameKey[] = "colorized.name";
constexpr char kDescriptionKey[] = "colorized.description";

// Sentences of functions outside a class, in the context "colorized::jobs::ModelStore": lupdate
// reads the context from the macro (a tr() of our own was filed under "colorized::jobs").
struct ModelStoreText {
    Q_DECLARE_TR_FUNCTIONS(colorized::jobs::ModelStore)
};

std::string local(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A file name made from a model name: letters, digits, '-' and '_', never empty.
QString fileStemFor(const QString& name)
{
    QString stem = name.trimmed().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    stem.replace(QRegularExpression(QStringLiteral("-{2,}")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return stem.isEmpty() ? QStringLiteral("model") : stem.left(80);
}

// A path in `folder` for `stem` that no file uses yet (stem.safetensors, stem-2.safetensors...).
QString freePath(const QString& folder, const QString& stem, const QString& except = {})
{
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(n);
        const QString path = dir.filePath(name + QStringLiteral(".safetensors"));
        if (!QFileInfo::exists(path) || QFileInfo(path) == QFileInfo(except))
            return path;
    }
}

bool ensureUserFolder(QString* error)
{
    if (QDir().mkpath(userModelsFolder()))
        return true;
    *error = ModelStoreText::tr("Could not create the folder %1.").arg(native(userModelsFolder()));
    return false;
}

// Reads the file, replaces name and description in its metadata and writes it to `target`
// atomically (safetensors.h writes a temporary file, then renames). Weights are copied as they
// are (same dtypes, same bytes).
void rewriteWithMetadata(const QString& source, const QString& target, const QString& name,
                         const QString& description)
{
    auto content = readSafetensors(local(source));
    content.metadata[kNameKey] = name.toStdString();
    content.metadata[kDescriptionKey] = description.toStdString();
    writeSafetensors(local(target), content);
}

}  // namespace

QString InstalledModel::baseName() const
{
    const auto base = provenance.value(QStringLiteral("base_model"));
    if (base.isObject())
        return base.toObject().value(QStringLiteral("name")).toString();
    return base.toString();  // the command line stores the name alone
}

int InstalledModel::steps() const
{
    if (provenance.contains(QStringLiteral("steps")))
        return provenance.value(QStringLiteral("steps")).toInt();
    return provenance.value(QStringLiteral("training")).toObject().value(QStringLiteral("steps_done")).toInt();
}

QString InstalledModel::date() const
{
    return provenance.value(QStringLiteral("date")).toString();
}

QString userModelsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models");
}

QStringList shippedModelFolders()
{
    QStringList folders;
    for (const QString& folder : modelDataFolders())
        if (QFileInfo(folder).isDir())
            folders.push_back(folder);
    folders.removeAll(QDir::cleanPath(userModelsFolder()));
    return folders;
}

bool isUserModel(const QString& path)
{
    const QString folder = QFileInfo(userModelsFolder()).canonicalFilePath();
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    return !folder.isEmpty() && parent == folder;
}

InstalledModel describeModel(const QString& path)
{
    InstalledModel model;
    const QFileInfo file(path);
    model.path = file.absoluteFilePath();
    model.name = file.completeBaseName();
    model.shipped = !isUserModel(path);
    model.bytes = file.size();
    model.modified = file.lastModified();
    try {
        const ModelInfo info = readModelInfo(local(path));
        model.name = QString::fromStdString(info.name);
        model.description = QString::fromStdString(info.description);
        model.resolution = int(info.resolution);
        model.trainingCrop = int(trainingCropOf(info.provenance, info.resolution));
        model.provenance = QJsonDocument::fromJson(QByteArray::fromStdString(info.provenance.dump())).object();
        model.fineTuned = model.provenance.value(QStringLiteral("kind")).toString() == QLatin1String("fine-tuned")
                          || model.provenance.contains(QStringLiteral("base_model"));
    } catch (const std::exception& error) {
        model.error = QString::fromStdString(error.what());
    }
    return model;
}

QVector<InstalledModel> listInstalledModels()
{
    QVector<InstalledModel> models;
    QStringList folders = shippedModelFolders();
    folders.push_back(userModelsFolder());
    QStringList seen;
    for (const auto& folder : folders) {
        const auto files = QDir(folder).entryInfoList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
        for (const auto& file : files) {
            const QString canonical = file.canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.push_back(canonical);
            models.push_back(describeModel(file.absoluteFilePath()));
        }
    }
    std::stable_sort(models.begin(), models.end(), [](const InstalledModel& a, const InstalledModel& b) {
        if (a.shipped != b.shipped)
            return a.shipped;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return models;
}

StoreResult validateModelFile(const QString& path)
{
    StoreResult result{path, {}};
    if (!QFileInfo(path).isFile()) {
        result.error = ModelStoreText::tr("The file %1 does not exist.").arg(native(path));
        return result;
    }
    try {
        readModelInfo(local(path));
        LoadedModel model = loadModel(local(path));
        if (model.net->parameterCount() == 0)
            throw std::runtime_error("it holds no weights");
    } catch (const std::exception& error) {
        result.error = ModelStoreText::tr("%1 is not a COLORIZED model: %2")
                           .arg(QFileInfo(path).fileName(), QString::fromStdString(imaging::readableMessage(error)));
    }
    return result;
}

StoreResult importModel(const QString& sourcePath)
{
    StoreResult result = validateModelFile(sourcePath);
    if (!result.ok() || !ensureUserFolder(&result.error))
        return result;
    const QString target = freePath(userModelsFolder(), fileStemFor(QFileInfo(sourcePath).completeBaseName()));
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!QFile::copy(sourcePath, temporary) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        result.error = ModelStoreText::tr("Could not copy %1 into %2.").arg(native(sourcePath), native(userModelsFolder()));
        return result;
    }
    result.path = target;
    return result;
}

StoreResult installModel(const QString& sourcePath, const QString& name, const QString& description)
{
    StoreResult result{sourcePath, {}};
    if (name.trimmed().isEmpty()) {
        result.error = ModelStoreText::tr("Give the model a name.");
        return result;
    }
    if (!ensureUserFolder(&result.error))
        return result;
    const QString target = freePath(userModelsFolder(), fileStemFor(name));
    try {
        rewriteWithMetadata(sourcePath, target, name.trimmed(), description.trimmed());
    } catch (const std::exception& error) {
        result.error = ModelStoreText::tr("Could not save the model as %1: %2").arg(native(target), QString::fromStdString(error.what()));
        return result;
    }
    result.path = target;
    return result;
}

StoreResult renameModel(const QString& path, const QString& name, const QString& description)
{
    StoreResult result{path, {}};
    if (!isUserModel(path)) {
        result.error = ModelStoreText::tr("%1 came with COLORIZED and cannot be renamed.").arg(QFileInfo(path).fileName());
        return result;
    }
    if (name.trimmed().isEmpty()) {
        result.error = ModelStoreText::tr("Give the model a name.");
        return result;
    }
    const QString target = freePath(userModelsFolder(), fileStemFor(name), path);
    try {
        rewriteWithMetadata(path, target, name.trimmed(), description.trimmed());
    } catch (const std::exception& error) {
        result.error = ModelStoreText::tr("Could not rename the model: %1").arg(QString::fromStdString(error.what()));
        return result;
    }
    if (QFileInfo(target) != QFileInfo(path))
        QFile::remove(path);
    result.path = target;
    return result;
}

StoreResult deleteModel(const QString& path)
{
    StoreResult result{path, {}};
    if (!isUserModel(path)) {
        result.error = ModelStoreText::tr("%1 came with COLORIZED and cannot be deleted.").arg(QFileInfo(path).fileName());
        return result;
    }
    if (!QFile::remove(path))
        result.error = ModelStoreText::tr("Could not delete %1.").arg(native(path));
    return result;
}

}  // namespace colorized::jobs
