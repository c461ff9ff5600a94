# Runs the kpss tool with ARGS ("|"-separated, as they would be typed) and checks its exit
# code and that its output (stdout and stderr) holds a text (used by the modules' tool tests):
# cmake -DTOOL=... -DARGS=select|--rule|x -DEXPECT_EXIT=N -DEXPECT_OUTPUT=text -P expect_exit.cmake
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND ${TOOL} ${args} RESULT_VARIABLE exit OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT exit EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit ${exit}, expected ${EXPECT_EXIT}\n${out}${err}")
endif()
string(FIND "${out}${err}" "${EXPECT_OUTPUT}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the output lacks '${EXPECT_OUTPUT}':\n${out}${err}")
endif()
