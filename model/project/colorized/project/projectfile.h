#pragma once
// Reading and writing a project as JSON text. The reader checks every field's type and range
// (and the file's size, before parsing), and refuses with one sentence that names the file and
// the field. C++ standard library, POSIX and nlohmann_json only (tests/fuzz/fuzz_project).
// Writing the file atomically is the caller's (QSaveFile): this library has no Qt.

#include "colorized/project/project.h"

#include <stdexcept>
#include <string>

namespace colorized::project {

class ProjectFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The project as JSON text, as written to a `.colorized` file.
std::string projectJson(const Project& project);

// The checks on the text alone; `path` names the file in messages. Throws ProjectFileError.
Project parseProject(const std::string& text, const std::string& path);

// Reads `path` (a regular file of at most ProjectLimits::kMaxBytes) and parses it. Throws
// ProjectFileError.
Project readProjectFile(const std::string& path);

}  // namespace colorized::project
