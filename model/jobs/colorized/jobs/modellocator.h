#pragma once
// Where the models shipped with the application are, and which model is active. One lookup for
// the application, the model store and colorized-cli. Nothing here depends on where the sources
// were built: an installed tree is found relative to the executable, and the build tree lays
// the bundled model out the same way (app/CMakeLists.txt). Any thread (reads the environment,
// QSettings and the file system only).

#include <QString>
#include <QStringList>

namespace colorized::jobs {

// QSettings key of the active model file; the model manager writes it to switch models.
inline constexpr char kModelPathKey[] = "model/path";
inline constexpr char kDefaultModelFileName[] = "colorized-default.safetensors";

struct ModelLocation {
    QString path;           // empty when no model was found
    QString origin;         // "settings", "environment", "installed"
    QStringList tried;      // every path looked at, in order
    bool found() const { return !path.isEmpty(); }
};

// The folders that may hold shipped models, in the order they are searched, whether they
// exist or not: the executable's own folder; <executable folder>/../share/colorized/models (an
// installation under any prefix, and the build tree); colorized/models in the user's data
// folder ($XDG_DATA_HOME, ~/.local/share) and in each system data folder ($XDG_DATA_DIRS:
// /usr/local/share, /usr/share).
QStringList modelDataFolders();

// The default model on its own: $COLORIZED_MODEL when it names a readable file, then the first
// kDefaultModelFileName in modelDataFolders(). colorized-cli uses this when no --model is given.
ModelLocation locateDefaultModel();

// The application's active model: QSettings "model/path" if that file exists, then
// locateDefaultModel().
ModelLocation locateModel();

// A translated paragraph for the archivist when no model was found: where we looked and how
// to get one.
QString missingModelMessage(const ModelLocation& location);

}  // namespace colorized::jobs
