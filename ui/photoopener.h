#pragma once
// How photographs come into the session from the desktop: the Open Photos and Open Folder
// dialogs (starting in the folder used last, QSettings "ui/lastFolder") and local files or
// folders dropped on the window. GUI thread only.

#include <QObject>

class QWidget;

class PhotoOpener : public QObject {
    Q_OBJECT
public:
    // Accepts drops on `window`, which also parents the dialogs.
    explicit PhotoOpener(QWidget* window);

public Q_SLOTS:
    void openFiles();
    void openFolder();

Q_SIGNALS:
    void pathsChosen(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
};
