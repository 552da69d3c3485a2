#pragma once
// The installed models: the ones shipped with the application (read-only, never deleted) and
// the archivist's own under <AppDataLocation>/models (fine-tuned or imported). Qt types only.
//
// Threading: listing reads safetensors headers only and may run on the GUI thread for a
// handful of models; validateModelFile(), importModel(), installModel() and renameModel() read
// or write whole weight files: call them through QtConcurrent.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace colorized::jobs {

struct InstalledModel {
    QString path;
    QString name;              // from the file's metadata
    QString description;
    bool shipped = false;      // installed with the application: can be used, never deleted
    bool fineTuned = false;    // provenance says it was fine-tuned from a base model
    int resolution = 0;        // working resolution, long side in pixels
    int trainingCrop = 0;      // the crop side it was trained at (workingresolution.h)
    qint64 bytes = 0;
    QDateTime modified;
    QJsonObject provenance;    // "base_model", "data", "steps", "date", "metrics", ...
    QString error;             // the header could not be read: listed, but not usable

    // One-line summaries for lists (English keys are data; the UI formats numbers itself).
    QString baseName() const;      // the base model's name, empty when not fine-tuned
    int steps() const;             // training steps in provenance, 0 when unknown
    QString date() const;          // as stored (ISO 8601 or yyyy-mm-dd), empty when unknown
};

struct StoreResult {
    QString path;              // the file written or checked
    QString error;             // translated sentence; empty on success
    bool ok() const { return error.isEmpty(); }
};

// <AppDataLocation>/models (created on first write).
QString userModelsFolder();
// Folders whose models came with the application: those of modelDataFolders() (modellocator.h)
// that exist, except the user folder.
QStringList shippedModelFolders();

// Every *.safetensors in the shipped folders and the user folder, shipped first, then by name.
QVector<InstalledModel> listInstalledModels();
InstalledModel describeModel(const QString& path);

// Reads the header and loads every weight (architecture, shapes, dtypes): what a model must
// pass before it is used or imported.
StoreResult validateModelFile(const QString& path);
// Validates, then copies the file into the user folder under a free name. Never moves it.
StoreResult importModel(const QString& sourcePath);
// Copies a trained model file into the user folder with this name and description in its
// metadata (file name made from the name). The source is left as it is.
StoreResult installModel(const QString& sourcePath, const QString& name, const QString& description);
// Renames a user model (metadata; the file name follows when free). Shipped models refuse.
StoreResult renameModel(const QString& path, const QString& name, const QString& description);
// Deletes a user model file. Shipped models refuse.
StoreResult deleteModel(const QString& path);
// True for files inside userModelsFolder().
bool isUserModel(const QString& path);

}  // namespace colorized::jobs

Q_DECLARE_METATYPE(colorized::jobs::InstalledModel)
Q_DECLARE_METATYPE(colorized::jobs::StoreResult)
