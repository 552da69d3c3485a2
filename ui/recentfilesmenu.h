#pragma once
// File > Open Recent: the photos and folders opened last (at most kMaxRecent, newest first),
// kept in QSettings "ui/recentFiles"; entries that no longer exist are shown disabled.
// GUI thread only.

#include <QMenu>

class RecentFilesMenu : public QMenu {
    Q_OBJECT
public:
    static constexpr int kMaxRecent = 10;
    static constexpr char kSettingsKey[] = "ui/recentFiles";

    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

    void remember(const QStringList& paths);
    QStringList paths() const;

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void rebuild();
};
