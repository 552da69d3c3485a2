#pragma once
// The project file (colorized/project/project.h, plain C++) as the Qt side speaks it: settings
// and hints converted both ways, and the file written atomically and read with every check.
// The session and colorized-cli both save and open projects through here. Any thread.

#include "colorized/jobs/colorizetypes.h"
#include "colorized/jobs/provenance.h"
#include "colorized/project/project.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace colorized::jobs {

// What a project keeps to remake a result: the settings of its provenance record, as run. The
// one conversion for the application's results (provenanceOf()) and colorize --project's runs.
project::RenderSettings renderSettingsOf(const Provenance& run);
ColorizeSettings colorizeSettingsOf(const project::RenderSettings& settings);

std::vector<project::Hint> projectHintsOf(const QVector<HintSpec>& hints);
// The hints as the archivist placed them: a color text the file checked gives the same QColor.
QVector<HintSpec> hintSpecsOf(const std::vector<project::Hint>& hints);

// UTC in ISO 8601 with seconds ("2026-11-30T14:05:09Z"), as project files write times.
std::string projectTimeOf(const QDateTime& time);
QDateTime dateTimeOfProjectTime(const std::string& text);

// Writes `project` to `path` atomically (QSaveFile: the old file stays whole until the new one
// is complete). Returns a translated sentence naming the file when it could not be written.
QString saveProjectFile(const QString& path, const project::Project& project);

struct ProjectOpened {
    project::Project project;
    QString error;   // one sentence naming the file; the project is empty then
    bool ok() const { return error.isEmpty(); }
};
ProjectOpened openProjectFile(const QString& path);

}  // namespace colorized::jobs
