#pragma once
// The main window's commands and where they appear: each action's text, icon, shortcut and
// tooltip, the compare-mode group built from ImageViewer::modes() (key n selects the n-th),
// the menu bar and the toolbar. What each command does is wired by MainWindow.
// GUI thread only.

#include "imageviewer.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

class MainActions : public QObject {
    Q_OBJECT
public:
    // Undo and Redo follow `undo` (their text names the step).
    MainActions(QMainWindow* window, QUndoStack* undo);

    // Fills the window's menu bar and adds the toolbar. `recent` goes under File; View lists
    // the window's docks as they are when this is called.
    void populate(QMainWindow* window, QMenu* recent);
    // Tools: hidden until something is added to it (the fine-tune wizard, the model manager).
    QMenu* toolsMenu() const { return toolsMenu_; }

    QAction* modeAction(ImageViewer::Mode mode) const;

    QAction* newProject;
    QAction* openProject;
    QAction* saveProject;
    QAction* saveProjectAs;
    QAction* open;
    QAction* openFolder;
    QAction* exportOne;
    QAction* exportAll;
    QAction* exportReport;
    QAction* remove;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* hintMode;
    QAction* removeHint;
    QAction* preferences;
    QAction* colorize;
    QAction* colorizeAll;
    QAction* cancel;
    QAction* cancelAll;
    QAction* continueFromFrame;
    QAction* newSeed;
    QAction* review;
    QActionGroup* modes;
    QAction* toggleOriginal;
    QAction* uncertainty;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitToWindow;
    QAction* actualPixels;
    QAction* play;
    QAction* nextFrame;
    QAction* previousFrame;
    QAction* about;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAction* create(const QString& text, const QKeySequence& shortcut, const char* icon = nullptr);

    QMenu* toolsMenu_ = nullptr;
};
