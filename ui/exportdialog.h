#pragma once
// Where and how to export: folder, format, JPEG quality. Remembers the last choice.

#include "colorized/jobs/exporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(int photoCount, QWidget* parent = nullptr);
    colorized::jobs::ExportOptions options() const;
    void accept() override;  // checks the folder, saves the choice

private:
    QLineEdit* folderEdit_;
    QComboBox* formatCombo_;
    QSpinBox* qualitySpin_;
    QLabel* problem_;
};
