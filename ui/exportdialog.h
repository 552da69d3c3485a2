#pragma once
// Where and how to export: folder, format, JPEG quality. Remembers the last choice, except that
// a 16-bit scan is never sent to 8-bit JPEG by a choice made for another photo: then PNG is
// proposed and the dialog says why.

#include "colorized/jobs/exporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `sixteenBit`: at least one of the photos was scanned at 16 bits.
    ExportDialog(int photoCount, bool sixteenBit, QWidget* parent = nullptr);
    colorized::jobs::ExportOptions options() const;
    void accept() override;  // checks the folder, saves the choice

private:
    QLineEdit* folderEdit_;
    QComboBox* formatCombo_;
    QSpinBox* qualitySpin_;
    QLabel* depthNote_;
    QLabel* problem_;
};
