#pragma once
// Where the active model is. Any thread (reads QSettings and the file system only).

#include <QString>
#include <QStringList>

namespace colorized::jobs {

// QSettings key of the active model file; the model manager writes it to switch models.
inline constexpr char kModelPathKey[] = "model/path";
inline constexpr char kDefaultModelFileName[] = "colorized-default.safetensors";

struct ModelLocation {
    QString path;           // empty when no model was found
    QString origin;         // "settings", "environment", "installed", "build tree"
    QStringList tried;      // every path looked at, in order
    bool found() const { return !path.isEmpty(); }
};

// In order: QSettings "model/path" if that file exists, $COLORIZED_MODEL, the installed
// <exe dir>/../share/colorized/models/colorized-default.safetensors, the build tree's
// resources/models/colorized-default.safetensors.
ModelLocation locateModel();

// A translated paragraph for the archivist when no model was found: where we looked and how
// to get one.
QString missingModelMessage(const ModelLocation& location);

}  // namespace colorized::jobs
