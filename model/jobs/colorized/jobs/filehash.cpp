#include "colorized/jobs/filehash.h"

#include "colorized/core/sha256.h"

#include <QFile>

#include <exception>

namespace colorized::jobs {

// One SHA-256 for the whole program: model/core's, through OpenSSL's libcrypto, which uses the
// processor's SHA extensions; QCryptographicHash (Qt 6.4) does not, and on a 48 MB scan took
// several times longer (`colorized-cli bench --pipeline` prints both).
QString fileSha256(const QString& path)
{
    try {
        return QString::fromStdString(sha256OfFile(QFile::encodeName(path).toStdString()));
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace colorized::jobs
