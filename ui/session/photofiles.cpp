#include "photofiles.h"

#include "colorized/jobs/photoloader.h"

#include <QDirIterator>
#include <QFileInfo>

const QStringList& photoNamePatterns()
{
    static const QStringList patterns = colorized::jobs::imageNameFilters();
    return patterns;
}

QStringList findPhotoFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), photoNamePatterns(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort(Qt::CaseInsensitive);
            files << found;
        } else if (info.isFile()) {
            files << info.absoluteFilePath();
        }
    }
    return files;
}
