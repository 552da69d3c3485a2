#include "colorized/jobs/filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace colorized::jobs {

QString fileSha256(const QString& path)
{
    constexpr qint64 kBlockBytes = qint64(1) << 20;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(kBlockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(block.data(), kBlockBytes);
        if (read < 0)
            return {};
        if (read == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), read));
    }
    return QString::fromLatin1(hash.result().toHex());
}

}  // namespace colorized::jobs
