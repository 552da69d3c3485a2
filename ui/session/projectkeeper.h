#pragma once
// Keeps the session's project on disk so that no work is lost: saves it (atomically, through
// saveProjectFile) a moment after each change, to the project's own file once it has a name
// and to an autosave file until then; opens, names and discards projects; and decides whether
// quitting has to ask. Knows neither widgets nor QSettings: MainWindow asks the questions and
// remembers the last project. GUI thread only.

#include "session.h"

#include <QObject>
#include <QString>
#include <QTimer>

class ProjectKeeper : public QObject {
    Q_OBJECT
public:
    // Milliseconds from the first unsaved change to the save: changes arriving meanwhile
    // (a drag of a hint, a batch of results) are saved together.
    static constexpr int kAutosaveDelayMs = 2000;

    // `autosavePath`: where an unnamed project is kept (a per-user data folder in the app);
    // empty: an unnamed project is not kept.
    ProjectKeeper(Session* session, const QString& autosavePath, QObject* parent = nullptr);
    void setAutosavePath(const QString& path) { autosavePath_ = path; }

    QString fileName() const { return fileName_; }    // empty: unnamed
    QString autosavePath() const { return autosavePath_; }
    bool hasUnsavedChanges() const { return dirty_; }
    QString lastError() const { return lastError_; }  // of the last save; empty when it worked

    // Opens the project at `path` (the session's photos are replaced) and names it so. Returns
    // the error sentence, empty on success; `restored` says what came back.
    QString open(const QString& path, Session::Restored* restored = nullptr);
    // Reopens the autosaved unnamed project, if there is one; it stays unnamed.
    bool restoreAutosave(Session::Restored* restored);
    // Saves to `path` and names the project so; the autosave file is then no longer needed.
    QString saveAs(const QString& path);
    // Saves now if anything is unsaved (before quitting). Returns the error sentence.
    QString saveNow();
    // An empty, unnamed project; the autosave file is removed.
    void clear();
    // Drops the unnamed project's autosave and what was not saved yet (the archivist chose
    // Discard when quitting).
    void discardAutosave();

    enum class QuitAnswer { QuitNow, Ask };
    // Whether quitting must ask (Save project / Discard / Cancel): when colorized photos that
    // were not exported would live on only in the unnamed project's autosave, or when the last
    // save failed. A named project that saved is the archivist's file: nothing is lost.
    static QuitAnswer quitAnswer(int unexportedPhotos, bool named, bool lastSaveFailed);
    QuitAnswer quitAnswer() const;

Q_SIGNALS:
    void fileNameChanged(const QString& fileName);
    void saveFailed(const QString& error);

private:
    QString writeTo(const QString& path);
    void setFileName(const QString& fileName);

    Session* session_;
    QString autosavePath_;
    QString fileName_;
    QString lastError_;
    QTimer timer_;
    bool dirty_ = false;
    bool opening_ = false;
};
