#pragma once
// SHA-256 of a file's bytes: what provenance records for the original and the model, and how an
// export notices that the original changed since it was colorized. Any thread.

#include <QString>

namespace colorized::jobs {

// Lower-case hex SHA-256 of the file, read in blocks (a scan of several hundred megabytes is
// never held whole). Empty when the file cannot be opened or read to its end.
QString fileSha256(const QString& path);

}  // namespace colorized::jobs
