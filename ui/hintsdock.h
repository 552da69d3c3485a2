#pragma once
// The color hints of the photo shown: list, pick mode, change color, evidence note, delete. The hints
// themselves live in the Session; this dock shows them and asks for changes.
// GUI thread only.

#include "colorized/jobs/colorizetypes.h"

#include <QDockWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

class HintsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit HintsDock(QWidget* parent = nullptr);

    void setHints(const QVector<colorized::jobs::HintSpec>& hints, int selected);
    int currentHint() const;
    void setPickMode(bool on);
    bool pickMode() const;

Q_SIGNALS:
    void pickModeToggled(bool on);
    void hintSelected(int index);
    void changeColorRequested(int index);
    void noteEdited(int index, const QString& note);   // when editing the note ends
    void removeRequested(int index);
    void clearRequested();

private:
    void updateButtons();

    void showNoteOf(int index);

    QListWidget* list_;
    QLineEdit* note_;
    QVector<colorized::jobs::HintSpec> hints_;
    QPushButton* pickButton_;
    QPushButton* colorButton_;
    QPushButton* removeButton_;
    QPushButton* clearButton_;
};
