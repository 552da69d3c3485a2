#pragma once
// The pairing report of a training folder (dataset.h) in Qt types, for the fine-tune wizard.
// The UI never sees OpenCV. scanTrainingFolder() decodes every image: call it through
// QtConcurrent, never on the GUI thread; the rest is cheap and runs on any thread.

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace colorized::jobs {

struct FolderProblem {
    QString path;          // the file concerned
    QString partnerPath;   // its partner when the problem is about a pair; else empty
    QString kind;          // dataset.h's problemKindId(): "unreadable", "no-partner", ...
    QString message;       // English sentence from the reader (the UI translates by kind)
};

struct TrainingFolderReport {
    QString folder;
    QString layout;            // "empty", "gray-color-folders", "side-by-side", "color-only"
    QStringList items;         // usable items by name, sorted
    int pairs = 0;             // items with a gray scan
    int colorOnly = 0;         // items whose own L* is the input
    QVector<FolderProblem> problems;
    QString error;             // the folder could not be read at all (then everything is empty)
    bool cancelled = false;
};

// Reads the folder as the trainer will. progress(done, total) runs on the calling thread.
TrainingFolderReport scanTrainingFolder(const QString& folder,
                                        const std::function<void(int, int)>& progress = {},
                                        const std::atomic<bool>* cancel = nullptr);

// How many of itemCount items a fraction holds out (dataset.h: at least 3 when there are 4
// or more, never all).
int heldOutCountFor(int itemCount, double fraction);

}  // namespace colorized::jobs

Q_DECLARE_METATYPE(colorized::jobs::TrainingFolderReport)
