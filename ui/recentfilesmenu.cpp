#include "recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent) : QMenu(title, parent)
{
    rebuild();
}

QStringList RecentFilesMenu::paths() const
{
    return QSettings().value(QLatin1String(kSettingsKey)).toStringList();
}

void RecentFilesMenu::remember(const QStringList& paths)
{
    QStringList recent = this->paths();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kSettingsKey), recent);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList recent = paths();
    for (const QString& path : recent) {
        QAction* action = addAction(QFileInfo(path).fileName(), this, [this, path] { Q_EMIT openRequested(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        addSeparator();
        addAction(tr("Clear Recent"), this, [this] {
            QSettings().remove(QLatin1String(kSettingsKey));
            rebuild();
        });
    }
    setEnabled(!recent.isEmpty());
}
