#pragma once
// The classroom workbench: the diagram in the middle; step, back, play and the fault
// injections in the toolbar and menus; inspector, live values, event log and options
// in docks; presentation mode for the projector.
#include "diagram/diagram_theme.hpp"
#include "window/session_controller.hpp"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QScrollArea;

namespace tcpviz {

class ChartsPanel;
struct ExportChoice;
class DiagramView;
class StateMachineView;
class EventLogView;
class LessonPanel;
class LiveValuesView;
class NarrationView;
class OptionsPanel;
class PredictPanel;
class ScenarioPicker;
class SegmentInspector;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // A new window takes over `session` (a language switch builds the window anew
    // around the running session); without one it starts with the normal scenario.
    explicit MainWindow(std::unique_ptr<SessionController> session = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController& session() { return *session_; }
    DiagramView* diagram() const { return diagram_; }
    SegmentInspector* inspector() const { return inspector_; }
    // The panels behind other tabs are built after the first paint, or when asked for.
    EventLogView* event_log() {
        build_hidden_panels();
        return log_;
    }
    StateMachineView* state_machine() const { return state_machine_; }
    ChartsPanel* charts() const { return charts_; }
    NarrationView* narration() const { return narration_; }
    LessonPanel* lessons() {
        build_hidden_panels();
        return lessons_;
    }
    PredictPanel* predict() {
        build_hidden_panels();
        return predict_;
    }
    // Opens a scenario, a lesson (shown in its panel) or a capture (one with several
    // connections asks which), told apart by what the file holds; on failure shows one
    // sentence and keeps the session.
    bool open_file(const QString& path);
    void set_presentation(bool on);
    // Every text of the window in `language` ("en", "zh_CN"; empty: the
    // system's), at once: a new window replaces this one, with the same session,
    // layout and theme. Returns the new window (this one closes), or nullptr if nothing changed.
    MainWindow* switch_language(const QString& language);
    bool presentation() const { return presenting_; }
    QAction* action(const QString& object_name) const;
    // Writes the export the dialog chose; returns one sentence on failure.
    QString export_to(const ExportChoice& choice);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build_actions();
    void build_menus_and_toolbar();
    void build_docks();
    void build_hidden_panels();
    void fill_dock(const char* dock_name, QWidget* panel); // in place of its placeholder
    void refresh();
    void scenario_loaded();
    void choose_builtin(const std::string& name);
    void fit_state_machine_width();
    // Every view writes Seq and Ack this way from now on; remembered for the next start.
    void set_notation(Notation notation);
    void show_presentation_narration();
    void apply_theme(std::optional<ThemeKind> theme); // nullopt: follow the system
    enum class PaperKind { Diagram, Handout, Worksheet };
    void export_diagram(bool whole_run, PaperKind kind = PaperKind::Diagram);
    void copy_diagram();
    void flood_dialog();
    void remember_recent(const QString& path);
    void rebuild_recent_menu();
    DiagramTheme current_theme() const;

    std::unique_ptr<SessionController> session_;
    DiagramView* diagram_;
    NarrationView* narration_ = nullptr;
    NarrationView* presentation_narration_ = nullptr; // under the diagram when presenting
    SegmentInspector* inspector_ = nullptr;
    LiveValuesView* live_ = nullptr;
    EventLogView* log_ = nullptr;
    OptionsPanel* options_ = nullptr;
    StateMachineView* state_machine_ = nullptr;
    QScrollArea* state_machine_scroll_ = nullptr; // holds state_machine_
    LessonPanel* lessons_ = nullptr;
    PredictPanel* predict_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    bool charts_shown_ = false; // its dock tab is in front
    ScenarioPicker* scenario_picker_ = nullptr;
    QDoubleSpinBox* speed_ = nullptr;
    QComboBox* pace_ = nullptr; // events per second, or a scale of real time
    QLabel* clock_ = nullptr;
    QLabel* exported_ = nullptr; // where the last export went, for a while
    QMenu* recent_menu_ = nullptr;
    QAction* play_ = nullptr;
    QComboBox* numbers_picker_ = nullptr;
    std::optional<ThemeKind> theme_; // nullopt: follow the system palette
    bool presenting_ = false;
    bool first_start_ = false; // no saved layout: the docks get their first sizes when shown
    QByteArray state_before_presentation_;
};

} // namespace tcpviz
