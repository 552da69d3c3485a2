#include "photoopener.h"

#include "photofiles.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>
#include <QWidget>

namespace {

const QLatin1String kLastFolderKey("ui/lastFolder");

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}

}  // namespace

PhotoOpener::PhotoOpener(QWidget* window) : QObject(window), window_(window)
{
    window_->setAcceptDrops(true);
    window_->installEventFilter(this);
}

void PhotoOpener::openFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        window_, tr("Open photographs"), QSettings().value(kLastFolderKey).toString(),
        tr("Images (%1);;All files (*)").arg(photoNamePatterns().join(QLatin1Char(' '))));
    if (files.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, QFileInfo(files.first()).absolutePath());
    Q_EMIT pathsChosen(files);
}

void PhotoOpener::openFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        window_, tr("Open a folder of photographs"), QSettings().value(kLastFolderKey).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(kLastFolderKey, folder);
    Q_EMIT pathsChosen({folder});
}

bool PhotoOpener::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != window_)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto* enter = static_cast<QDragEnterEvent*>(event);
        if (!localPaths(enter->mimeData()).isEmpty())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localPaths(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT pathsChosen(paths);
        }
        return true;
    }
    return false;
}
