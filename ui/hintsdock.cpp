#include "hintsdock.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "colorized/imaging/colorhint.h"

using colorized::jobs::HintSpec;

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

}  // namespace

HintsDock::HintsDock(QWidget* parent) : QDockWidget(tr("Color hints"), parent)
{
    setObjectName(QStringLiteral("hintsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* help = new QLabel(tr("Where you know a color (a uniform, a painted door), pin it: the "
                               "model follows hints when you colorize again or continue from a "
                               "timeline frame. Only the hue and saturation of a picked color are "
                               "used: its lightness always comes from the scan."),
                            content);
    help->setWordWrap(true);
    layout->addWidget(help);
    list_ = new QListWidget(content);
    list_->setAccessibleName(tr("Color hints"));
    layout->addWidget(list_, 1);

    auto* noteLabel = new QLabel(tr("&Evidence:"), content);
    note_ = new QLineEdit(content);
    note_->setMaxLength(colorized::imaging::kHintNoteMaxBytes / 2);   // in characters; UTF-8 may take two bytes each
    note_->setPlaceholderText(tr("Where the color is documented"));
    note_->setToolTip(tr("The evidence for the selected hint's color (a record, a catalogue reference). "
                         "It goes into the provenance of the export and into the report."));
    note_->setAccessibleName(tr("Evidence for the selected hint"));
    noteLabel->setBuddy(note_);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(note_, 1);
    layout->addLayout(noteRow);

    auto* buttons = new QGridLayout;
    pickButton_ = new QPushButton(tr("Add hint on photo"), content);
    pickButton_->setCheckable(true);
    pickButton_->setToolTip(tr("Click on the photo to place a hint (H)."));
    colorButton_ = new QPushButton(tr("Change color…"), content);
    removeButton_ = new QPushButton(tr("Remove"), content);
    removeButton_->setToolTip(tr("Remove the selected hint (Delete)."));
    clearButton_ = new QPushButton(tr("Remove all"), content);
    buttons->addWidget(pickButton_, 0, 0, 1, 2);
    buttons->addWidget(colorButton_, 1, 0);
    buttons->addWidget(removeButton_, 1, 1);
    buttons->addWidget(clearButton_, 2, 0, 1, 2);
    layout->addLayout(buttons);
    setWidget(content);

    connect(pickButton_, &QPushButton::toggled, this, &HintsDock::pickModeToggled);
    connect(note_, &QLineEdit::editingFinished, this, [this] {
        const int index = currentHint();
        if (index >= 0 && index < hints_.size() && note_->text() != hints_.at(index).note)
            Q_EMIT noteEdited(index, note_->text());
    });
    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        showNoteOf(row);
        updateButtons();
        Q_EMIT hintSelected(row);
    });
    connect(list_, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { Q_EMIT changeColorRequested(list_->row(item)); });
    connect(colorButton_, &QPushButton::clicked, this, [this] {
        if (currentHint() >= 0)
            Q_EMIT changeColorRequested(currentHint());
    });
    connect(removeButton_, &QPushButton::clicked, this, [this] {
        if (currentHint() >= 0)
            Q_EMIT removeRequested(currentHint());
    });
    connect(clearButton_, &QPushButton::clicked, this, &HintsDock::clearRequested);
    updateButtons();
}

void HintsDock::setHints(const QVector<HintSpec>& hints, int selected)
{
    const QSignalBlocker blocker(list_);
    hints_ = hints;
    list_->clear();
    for (int i = 0; i < hints.size(); ++i) {
        const HintSpec& hint = hints[i];
        auto* item = new QListWidgetItem(
            swatch(hint.color),
            tr("%1. %2 at %3 %, %4 %")
                .arg(i + 1)
                .arg(hint.color.name())
                .arg(qRound(hint.position.x() * 100))
                .arg(qRound(hint.position.y() * 100)),
            list_);
        item->setToolTip(hint.note.isEmpty()
                             ? tr("Double-click to change the color; drag the marker on the photo to move it.")
                             : tr("Evidence: %1").arg(hint.note));
    }
    list_->setCurrentRow(selected);
    showNoteOf(selected);
    updateButtons();
}

int HintsDock::currentHint() const
{
    return list_->currentRow();
}

void HintsDock::setPickMode(bool on)
{
    pickButton_->setChecked(on);
}

bool HintsDock::pickMode() const
{
    return pickButton_->isChecked();
}

void HintsDock::showNoteOf(int index)
{
    const bool valid = index >= 0 && index < hints_.size();
    const QString text = valid ? hints_.at(index).note : QString();
    if (note_->text() != text)
        note_->setText(text);
    note_->setEnabled(valid);
}

void HintsDock::updateButtons()
{
    const bool selected = list_->currentRow() >= 0;
    colorButton_->setEnabled(selected);
    removeButton_->setEnabled(selected);
    clearButton_->setEnabled(list_->count() > 0);
}
