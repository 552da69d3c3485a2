#include "colorized/jobs/modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace colorized::jobs {

namespace {

bool usable(const QString& path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isReadable();
}

}  // namespace

ModelLocation locateModel()
{
    ModelLocation location;
    const auto consider = [&location](const QString& path, const char* origin) {
        if (path.isEmpty() || location.found())
            return;
        const QString clean = QDir::cleanPath(path);
        location.tried << clean;
        if (usable(clean)) {
            location.path = QFileInfo(clean).absoluteFilePath();
            location.origin = QString::fromLatin1(origin);
        }
    };
    consider(QSettings().value(QLatin1String(kModelPathKey)).toString(), "settings");
    consider(qEnvironmentVariable("COLORIZED_MODEL"), "environment");
    if (QCoreApplication::instance()) {
        consider(QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../share/colorized/models/") +
                     QLatin1String(kDefaultModelFileName),
                 "installed");
    }
#ifdef COLORIZED_BUILD_TREE_MODEL
    consider(QStringLiteral(COLORIZED_BUILD_TREE_MODEL), "build tree");
#endif
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
