#pragma once
// Shows one photo: the original, the result, or both (split slider, side by side with one
// shared zoom and pan), or the grid of candidates; optional uncertainty overlay, hint markers
// and a timeline frame in place of the result. Renders only; the photo's state lives in
// the Session. GUI thread only.
//
// The compare modes are defined once, here: the Mode enum, its row in modes() (stable name,
// menu label) and its drawing in paintEvent(). The View menu, the toolbar, the number-key
// shortcuts, the stored choice and the --compare option are all built from modes().

#include "colorized/jobs/colorizetypes.h"

#include <QPixmap>
#include <QPointF>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <optional>
#include <vector>

class ImageViewer : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Result, Original, Split, SideBySide, Candidates };
    Q_ENUM(Mode)
    struct ModeInfo {
        Mode mode;
        const char* name;    // stable, for the command line and the settings: never renamed
        const char* label;   // menu text with its mnemonic, untranslated: see modeLabel()
    };
    // Every Mode once, in enum order (the n-th is on key n).
    static const QVector<ModeInfo>& modes();
    static QString modeName(Mode mode);
    static QString modeLabel(Mode mode);                             // translated
    static std::optional<Mode> modeFromName(const QString& name);  // nothing for unknown names

    explicit ImageViewer(QWidget* parent = nullptr);

    void clear();
    void setOriginal(const QImage& image);           // full resolution: defines the geometry
    void setResult(const QImage& image);             // null: none yet
    void setCandidates(const QVector<QImage>& candidates, int chosen);
    // `scaleTop`: the CIEDE2000 at which the overlay is fully opaque; > 0 draws its legend.
    void setUncertainty(const QImage& overlay, double scaleTop = 0);
    // Candidates composed for the grid at candidateTileSize() (Session::composeCandidateTiles):
    // shown instead of the working-resolution candidates until these change.
    void setCandidateTiles(const QVector<QImage>& tiles);
    // The space one candidate has in the grid.
    QSize candidateTileSize() const;
    void setFrame(const QImage& frame, const QString& caption);  // null frame: show the result
    void setHints(const QVector<colorized::jobs::HintSpec>& hints, int selected);
    void setPlaceholder(const QString& text);        // shown when there is no photo
    void setMessage(const QString& text);            // banner over the photo (errors), may be empty

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    void setShowUncertainty(bool show);
    bool showUncertainty() const { return showUncertainty_; }
    void setHintMode(bool on);
    bool hintMode() const { return hintMode_; }
    void setSplitPosition(double position);          // 0..1 of the width
    double splitPosition() const { return split_; }

    double zoom() const;                             // 1.0 = 100 %
    bool fitsWindow() const { return fit_; }
    void setZoom(double zoom, QPointF anchorWidget = QPointF(-1, -1));
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    QPointF center() const { return center_; }       // image pixel at the centre of each view

    bool hasFrame() const { return !frame_.isNull(); }
    bool hasResult() const { return !result_.isNull(); }
    QSize imageSize() const { return original_.size(); }
    // Widget position of a point given as fractions of the image, in the (left) main view.
    QPoint widgetPosition(QPointF fraction) const;
    // Cell rectangle of candidate k in Candidates mode.
    QRect candidateRect(int k) const;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void modeChanged(ImageViewer::Mode mode);
    void hintClicked(QPointF fraction);              // in hint mode, on the photo
    void hintMoved(int index, QPointF fraction);
    void hintSelected(int index);
    void candidatePicked(int candidate);
    // The grid shows candidates without tiles of its cell size (after a resize, new candidates).
    void candidateTilesWanted(QSize tile);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QRectF viewport(int which) const;                // 0: main/left, 1: right (side by side)
    double scale() const;
    double fitScale() const;
    QRectF imageRect(int which) const;               // where the whole image lands
    QPointF toFraction(QPointF widget, int which) const;
    int viewAt(QPointF widget) const;
    int hintAt(QPointF widget) const;
    int candidateAt(QPointF widget) const;
    bool nearSplit(QPointF widget) const;
    void clampCenter();
    void drawPhoto(QPainter& painter, int which, bool result, const QRectF& clip);
    void drawHints(QPainter& painter, int which);
    void drawCaption(QPainter& painter, const QString& text, const QRectF& area, Qt::Alignment align);
    void drawUncertaintyLegend(QPainter& painter, const QRectF& area);
    void askForTilesIfStale();

    QPixmap original_, result_, frame_, uncertainty_;
    qint64 resultKey_ = 0, uncertaintyKey_ = 0;       // QImage::cacheKey of what is shown
    // std::vector: Qt 6.4's QList == hands memcmp a null pointer when one side is empty and
    // unallocated (undefined behaviour, UBSan in tests/sanitize/run.sh).
    std::vector<qint64> candidateKeys_;
    struct ScaledCache {
        qint64 key = 0;
        QPixmap pixmap;
    };
    ScaledCache originalCache_, resultCache_;
    QVector<QPixmap> candidates_;
    QVector<QPixmap> candidateTiles_;   // empty, or one per candidate
    double uncertaintyScale_ = 0;
    QTimer tilesTimer_;                 // a resize asks for tiles once it settles
    int chosen_ = 0;
    QString frameCaption_, placeholder_, message_;
    QVector<colorized::jobs::HintSpec> hints_;
    int selectedHint_ = -1;
    Mode mode_ = Mode::Result;
    bool showUncertainty_ = false;
    bool hintMode_ = false;
    double split_ = 0.5;
    bool fit_ = true;
    double zoom_ = 1.0;
    QPointF center_;

    enum class Drag { None, Pan, Split, Hint };
    Drag drag_ = Drag::None;
    QPointF dragStart_, centerAtDragStart_;
    int dragHint_ = -1;
    int dragView_ = 0;
};
