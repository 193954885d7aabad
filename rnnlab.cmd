@echo off
rem rnnlab launcher for Windows: builds the jar with Maven when it is missing, then runs it.
rem After changing the sources, set RNNLAB_REBUILD=1 (or delete target\rnnlab.jar) to build again.
setlocal
set "RNNLAB_HOME=%~dp0"
if "%RNNLAB_HOME:~-1%"=="\" set "RNNLAB_HOME=%RNNLAB_HOME:~0,-1%"
set "RNNLAB_JAR=%RNNLAB_HOME%\target\rnnlab.jar"
set "RNNLAB_MVN=%RNNLAB_HOME%\mvnw.cmd"
where mvn >nul 2>nul && set "RNNLAB_MVN=mvn"
if "%RNNLAB_REBUILD%"=="1" goto build
if exist "%RNNLAB_JAR%" goto run
:build
echo rnnlab: building the tool: Maven downloads the dependencies on the first build (a few minutes, about 300 MB) ... 1>&2
pushd "%RNNLAB_HOME%"
call "%RNNLAB_MVN%" -B -ntp -DskipTests package
set "RNNLAB_BUILD_EXIT=%ERRORLEVEL%"
popd
if not "%RNNLAB_BUILD_EXIT%"=="0" (
  echo rnnlab: the build failed; see Maven's messages above. 1>&2
  exit /b 1
)
:run
if "%RNNLAB_DJL_OFFLINE%"=="" set "RNNLAB_DJL_OFFLINE=true"
java %RNNLAB_JAVA_OPTS% "-Drnnlab.home=%RNNLAB_HOME%" "-Dai.djl.offline=%RNNLAB_DJL_OFFLINE%" -jar "%RNNLAB_JAR%" %*
exit /b %ERRORLEVEL%
