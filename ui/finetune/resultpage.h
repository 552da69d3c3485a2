#pragma once
// Wizard page 5: the base and the fine-tuned model side by side on the held-out photographs
// (CIEDE2000, colorfulness, PSNR, SSIM and the pictures), a name and a description, and Finish
// installs the new model (and makes it the active one when asked). GUI thread only.

#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace colorized::finetune {

class FineTuneWizard;
class PreviewGrid;

class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(FineTuneWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    QTableWidget* metricsTable() const { return metrics_; }

private:
    FineTuneWizard* wizard_;
    QTableWidget* metrics_ = nullptr;
    PreviewGrid* previews_ = nullptr;
    QLineEdit* name_ = nullptr;
    QPlainTextEdit* description_ = nullptr;
    QCheckBox* makeActive_ = nullptr;
};

}  // namespace colorized::finetune
