#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using colorized::jobs::ExportFormat;
using colorized::jobs::ExportOptions;

ExportDialog::ExportDialog(int photoCount, bool sixteenBit, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(photoCount == 1 ? tr("Export the colorized photo") : tr("Export %n colorized photos", nullptr, photoCount));
    // Wide enough for the title bar to show the whole title beside its buttons.
    setMinimumWidth(std::max(420, fontMetrics().horizontalAdvance(windowTitle()) + 160));
    QSettings settings;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Exports are new files at full resolution; originals are never "
                                "changed. Each carries its provenance (IPTC digital source type, "
                                "model, seed, hints) in its metadata and in a .json file beside it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* folderRow = new QHBoxLayout;
    folderEdit_ = new QLineEdit(this);
    folderEdit_->setText(settings.value(QStringLiteral("export/folder"),
                                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                             .toString());
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    folderRow->addWidget(folderEdit_, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Folder:"), folderRow);

    formatCombo_ = new QComboBox(this);
    formatCombo_->addItem(tr("PNG (lossless, keeps 16 bits)"), int(ExportFormat::Png));
    formatCombo_->addItem(tr("TIFF (lossless, keeps 16 bits)"), int(ExportFormat::Tiff));
    formatCombo_->addItem(tr("JPEG (smaller, 8 bits)"), int(ExportFormat::Jpeg));
    formatCombo_->setCurrentIndex(std::max(0, formatCombo_->findData(settings.value(QStringLiteral("export/format"), 0).toInt())));
    form->addRow(tr("Format:"), formatCombo_);
    depthNote_ = new QLabel(this);
    depthNote_->setWordWrap(true);
    depthNote_->setVisible(sixteenBit);
    if (sixteenBit && ExportFormat(formatCombo_->currentData().toInt()) == ExportFormat::Jpeg)
        formatCombo_->setCurrentIndex(formatCombo_->findData(int(ExportFormat::Png)));
    form->addRow(QString(), depthNote_);

    qualitySpin_ = new QSpinBox(this);
    qualitySpin_->setRange(50, 100);
    qualitySpin_->setValue(settings.value(QStringLiteral("export/jpegQuality"), 95).toInt());
    form->addRow(tr("JPEG quality:"), qualitySpin_);
    layout->addLayout(form);

    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem_->setWordWrap(true);
    layout->addWidget(problem_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);

    const auto updateQuality = [this, sixteenBit] {
        const bool jpeg = ExportFormat(formatCombo_->currentData().toInt()) == ExportFormat::Jpeg;
        qualitySpin_->setEnabled(jpeg);
        if (sixteenBit)
            depthNote_->setText(jpeg ? tr("JPEG keeps only 8 of the 16 bits per channel these scans have.")
                                     : tr("These scans have 16 bits per channel; this format keeps them all."));
    };
    connect(formatCombo_, &QComboBox::currentIndexChanged, this, updateQuality);
    updateQuality();
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export folder"), folderEdit_->text());
        if (!folder.isEmpty())
            folderEdit_->setText(folder);
    });
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.folder = QDir::cleanPath(folderEdit_->text());
    options.format = ExportFormat(formatCombo_->currentData().toInt());
    options.jpegQuality = qualitySpin_->value();
    return options;
}

void ExportDialog::accept()
{
    const QFileInfo folder(folderEdit_->text());
    if (!folder.isDir() || !folder.isWritable()) {
        problem_->setText(tr("Choose a folder that exists and that you can write to."));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), folder.absoluteFilePath());
    settings.setValue(QStringLiteral("export/format"), formatCombo_->currentData().toInt());
    settings.setValue(QStringLiteral("export/jpegQuality"), qualitySpin_->value());
    QDialog::accept();
}
