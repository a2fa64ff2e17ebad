# Runs lupdate the one way the project does: no source locations (line numbers would
# churn every edit), obsolete strings dropped, the engine's TCPVIZ_TRANSLATE_NOOP read
# like QT_TRANSLATE_NOOP. English needs only its plural forms.
# In: LUPDATE, SOURCE_LIST, TS_DIR (where tcpviz_en.ts and tcpviz_zh_CN.ts are), and
# SOURCE_ROOT: lupdate follows "window/main_window.hpp" from core/ and ui/ to learn that
# MainWindow is tcpviz::MainWindow, the context its strings are filed under.
set(common -locations none -no-obsolete -silent -tr-function-alias QT_TRANSLATE_NOOP+=TCPVIZ_TRANSLATE_NOOP
    -I ${SOURCE_ROOT}/core -I ${SOURCE_ROOT}/ui @${SOURCE_LIST})
execute_process(COMMAND ${LUPDATE} ${common} -ts ${TS_DIR}/tcpviz_zh_CN.ts RESULT_VARIABLE zh_result)
execute_process(COMMAND ${LUPDATE} ${common} -pluralonly -ts ${TS_DIR}/tcpviz_en.ts RESULT_VARIABLE en_result)
if(NOT zh_result EQUAL 0 OR NOT en_result EQUAL 0)
  message(FATAL_ERROR "lupdate failed")
endif()
