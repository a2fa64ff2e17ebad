# The translations are complete: lupdate run on copies of the .ts files changes
# nothing (no string in the code is missing, none in the files is obsolete), and no
# message is left unfinished or empty.
# In: LUPDATE, SOURCE_LIST, SOURCE_ROOT, TS_DIR, SCRATCH.
file(REMOVE_RECURSE ${SCRATCH})
file(MAKE_DIRECTORY ${SCRATCH})
file(COPY ${TS_DIR}/tcpviz_en.ts ${TS_DIR}/tcpviz_zh_CN.ts DESTINATION ${SCRATCH})
set(TS_DIR_KEPT ${TS_DIR})
set(TS_DIR ${SCRATCH})
include(${CMAKE_CURRENT_LIST_DIR}/lupdate.cmake)
set(problems 0)
foreach(name tcpviz_en.ts tcpviz_zh_CN.ts)
  file(READ ${TS_DIR_KEPT}/${name} kept)
  file(READ ${SCRATCH}/${name} updated)
  if(NOT kept STREQUAL updated)
    message(SEND_ERROR "translations/${name} is out of date: the code has strings it lacks or it has strings the "
                       "code no longer uses; run cmake --build --preset dev --target update_translations.")
    math(EXPR problems "${problems} + 1")
  endif()
  # CMake lists split at ';', which entities such as &apos; contain.
  string(REPLACE ";" "@semicolon@" kept "${kept}")
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?(<extracomment>[^<]*</extracomment>[ \n]*)?<translation( type=\"(unfinished|obsolete|vanished)\"|></translation>|>[ \n]*<numerusform></numerusform>)" bad "${kept}")
  foreach(entry ${bad})
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
    string(REPLACE "@semicolon@" ";" text "${text}")
    message(SEND_ERROR "translations/${name}: untranslated or obsolete: \"${text}\"")
    math(EXPR problems "${problems} + 1")
  endforeach()
endforeach()
if(problems GREATER 0)
  message(FATAL_ERROR "${problems} translation problem(s).")
endif()
message(STATUS "translations complete")
