#include "colorized/jobs/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace colorized::jobs {

namespace {

// Relative to a data folder ("share" of an installation, an XDG data folder).
constexpr char kModelsSubfolder[] = "colorized/models";

// Also without a QCoreApplication (colorized-cli has none), hence not applicationDirPath().
QString executableFolder()
{
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return executable.isEmpty() ? QString() : QFileInfo(executable).absolutePath();
}

bool usable(const QString& path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isReadable();
}

// Looks at `path` unless a model was found already; records it in `tried`.
void consider(ModelLocation& location, const QString& path, const char* origin)
{
    if (path.isEmpty() || location.found())
        return;
    const QString clean = QDir::cleanPath(path);
    location.tried << clean;
    if (usable(clean)) {
        location.path = QFileInfo(clean).absoluteFilePath();
        location.origin = QString::fromLatin1(origin);
    }
}

void considerDefaults(ModelLocation& location)
{
    consider(location, qEnvironmentVariable("COLORIZED_MODEL"), "environment");
    for (const QString& folder : modelDataFolders())
        consider(location, folder + QLatin1Char('/') + QLatin1String(kDefaultModelFileName), "installed");
}

}  // namespace

QStringList modelDataFolders()
{
    QStringList folders;
    const QString executable = executableFolder();
    if (!executable.isEmpty()) {
        folders << executable;
        folders << QDir::cleanPath(executable + QStringLiteral("/../share/") + QLatin1String(kModelsSubfolder));
    }
    for (const QString& dataFolder : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        folders << QDir::cleanPath(dataFolder + QLatin1Char('/') + QLatin1String(kModelsSubfolder));
    folders.removeDuplicates();
    return folders;
}

ModelLocation locateDefaultModel()
{
    ModelLocation location;
    considerDefaults(location);
    return location;
}

ModelLocation locateModel()
{
    ModelLocation location;
    consider(location, QSettings().value(QLatin1String(kModelPathKey)).toString(), "settings");
    considerDefaults(location);
    return location;
}

QString missingModelMessage(const ModelLocation& location)
{
    return QCoreApplication::translate(
               "ModelLocator",
               "No colorization model was found. Looked in: %1. Choose a model file with "
               "Settings > Model > Choose…, set the COLORIZED_MODEL environment variable, or "
               "train one with \"colorized-cli train\" as the README explains.")
        .arg(location.tried.join(QStringLiteral(", ")));
}

}  // namespace colorized::jobs
