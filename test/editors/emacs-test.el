;;; emacs-test.el --- Emacs 28 + Eglot (batch) as an LSP client of `report-lint --stdio'  -*- lexical-binding: t -*-
;; Checks diagnostics after open and after edits, UTF-16 positions on a line with Chinese text and an emoji,
;; incremental sync, and document symbols.
;; Run: emacs --batch -l test/editors/emacs-test.el   (not -Q: Debian's site-start puts elpa-eglot on the load-path)
;; Prints one PASS/FAIL line per check and a final RESULT line; exit code 0 only if all checks pass.
(require 'eglot)
(require 'flymake)
(require 'json)
(require 'subr-x)

(defvar rl-here (file-name-directory (or load-file-name default-directory)))
(defvar rl-root (expand-file-name "../.." rl-here))
(defvar rl-t0 (float-time))
(defvar rl-passed 0)
(defvar rl-failed 0)
(defvar rl-publishes 0)

(defun rl-ms () (round (* 1000 (- (float-time) rl-t0))))
;; `message' goes to stderr in batch; `princ' to stdout.
(defun rl-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun rl-check (ok what)
  (rl-out "%s %s" (if ok "PASS" "FAIL") what)
  (if ok (setq rl-passed (1+ rl-passed)) (setq rl-failed (1+ rl-failed))))

(defun rl-wait (pred &optional secs)
  "Run the process loop until PRED is non-nil or SECS (default 15) pass."
  (let ((deadline (+ (float-time) (or secs 15))))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.01))
    (funcall pred)))

(defun rl-idle ()
  "Batch Emacs is never idle, so Eglot's didChange (an idle timer) never fires by itself: fire idle timers."
  (dolist (tm (copy-sequence timer-idle-list))
    (timer-event-handler tm)))

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest _params)
              (when (eq method 'textDocument/publishDiagnostics)
                (setq rl-publishes (1+ rl-publishes)))))

;; Debian's emacs-nox has no markdown-mode: a stand-in, so that Eglot's languageId is "markdown".
(unless (fboundp 'markdown-mode)
  (define-derived-mode markdown-mode text-mode "Markdown"))
(add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
(add-to-list 'eglot-server-programs
             `(markdown-mode . ("node" ,(expand-file-name "bin/report-lint.js" rl-root) "--stdio")))

(defun rl-diags ()
  (flymake-start)                       ; the Eglot backend reports what the server published, synchronously
  (sort (flymake-diagnostics)
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun rl-code (d) (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :code))

(defun rl-line-char (pos)
  "Line (0-based) and character index in the line (code points) of POS."
  (save-excursion
    (goto-char pos)
    (list (1- (line-number-at-pos pos t)) (- pos (line-beginning-position)))))

(defun rl-dump (label)
  (let ((ds (rl-diags)))
    (rl-out "--- %s (t=%dms): %d diagnostics" label (rl-ms) (length ds))
    (dolist (d ds)
      (rl-out "  %s" (json-encode `((at . ,(rl-line-char (flymake-diagnostic-beg d)))
                                     (text . ,(buffer-substring (flymake-diagnostic-beg d) (flymake-diagnostic-end d)))
                                     (code . ,(rl-code d))
                                     (message . ,(flymake-diagnostic-text d))))))
    ds))

(defun rl-wait-diags (after pred)
  (rl-wait (lambda () (and (> rl-publishes after) (funcall pred (rl-diags))))))

(defun rl-count (code ds)
  (seq-count (lambda (d) (equal (rl-code d) code)) ds))

(defun rl-goto-line (n) (goto-char (point-min)) (forward-line n))

(defun rl-main ()
  (let* ((dir (make-temp-file "report-lint-emacs" t))
         (file (expand-file-name "report.md" dir))
         ds p)
    (copy-file (expand-file-name "report.md" rl-here) file)
    (find-file file)
    (rl-check (eq major-mode 'markdown-mode) "buffer in markdown-mode")
    ;; `eglot-ensure' waits for post-command-hook, which never runs in batch: call `eglot' directly.
    (let ((eglot-sync-connect t)) (call-interactively #'eglot))
    (rl-check (rl-wait #'eglot-current-server) "eglot connected")
    (let ((server (eglot-current-server)))
      ;; 1. After open: two placeholders; the second sits after 😀 and 中文.
      (rl-check (rl-wait-diags 0 (lambda (ds) (= (length ds) 2))) "two diagnostics after open")
      (setq ds (rl-dump "after open"))
      (rl-check (and (equal (rl-code (car ds)) "placeholder")
                     (eq (flymake-diagnostic-type (car ds)) 'eglot-warning))
                "code placeholder, type eglot-warning")
      (rl-check (string-match-p "未填写的占位符“\\*次”" (flymake-diagnostic-text (car ds)))
                "Chinese message naming “*次”")
      (rl-check (equal (rl-line-char (flymake-diagnostic-beg (car ds))) '(6 6)) "“*” at line 6, char 6")
      ;; '😀中文**件，待补。': UTF-16 character 4 is Emacs character 3 (😀 is one character, two UTF-16 units).
      (rl-check (equal (rl-line-char (flymake-diagnostic-beg (cadr ds))) '(10 3))
                "“**” after 😀中文 at char 3 (UTF-16 4)")
      (rl-check (equal (buffer-substring (flymake-diagnostic-beg (cadr ds)) (flymake-diagnostic-end (cadr ds))) "**")
                "the range covers exactly “**”")

      ;; 2. Edit: fill the first placeholder.
      (setq p rl-publishes)
      (rl-goto-line 6)
      (delete-region (line-beginning-position) (line-end-position))
      (insert "组织专题学习4次。")
      (rl-idle)
      (rl-check (rl-wait-diags p (lambda (ds) (= (length ds) 1))) "one diagnostic after filling “*次”")

      ;; 3. Incremental sync inside the emoji line: insert X between 中文 and **.
      (setq p rl-publishes)
      (rl-goto-line 10) (forward-char 3) (insert "X")
      (rl-idle)
      (rl-check (rl-wait-diags p (lambda (ds) (and (= (length ds) 1)
                                                   (equal (rl-line-char (flymake-diagnostic-beg (car ds))) '(10 4)))))
                "placeholder moved to char 4 (UTF-16 5)")
      (rl-dump "after inserting X")

      ;; 4. Edit: delete the “## 二、存在的问题” section -> required-section at “## 三、下一步打算”.
      (setq p rl-publishes)
      (rl-goto-line 8)
      (delete-region (point) (progn (forward-line 3) (point)))
      (rl-idle)
      (rl-check (rl-wait-diags p (lambda (ds) (= (rl-count "required-section" ds) 1)))
                "required-section after deleting a section")
      (setq ds (rl-dump "after deleting 二、存在的问题"))
      (let ((req (seq-find (lambda (d) (equal (rl-code d) "required-section")) ds)))
        (rl-check (and req (eq (flymake-diagnostic-type req) 'eglot-warning)
                       (string-match-p "「存在的问题」部分缺失" (flymake-diagnostic-text req)))
                  "warning with a Chinese message naming 「存在的问题」")
        (rl-check (and req (save-excursion (goto-char (flymake-diagnostic-beg req))
                                           (equal (buffer-substring (line-beginning-position) (line-end-position))
                                                  "## 三、下一步打算")))
                  "reported on the heading it should precede"))
      ;; Put the section back for the symbol checks.
      (setq p rl-publishes)
      (rl-goto-line 8)
      (insert "## 二、存在的问题\n\n😀中文X**件，待补。\n")
      (rl-idle)
      (rl-check (rl-wait-diags p (lambda (ds) (= (rl-count "required-section" ds) 0)))
                "required-section gone after restoring it")

      ;; 5. Document symbols: a raw request, then Eglot's own imenu.
      (let* ((syms (jsonrpc-request server :textDocument/documentSymbol
                                    `(:textDocument ,(eglot--TextDocumentIdentifier))))
             (names (mapcar (lambda (s) (plist-get s :name)) syms)))
        (rl-out "--- documentSymbol")
        (mapc (lambda (s) (rl-out "  %s" (json-encode (list :name (plist-get s :name) :selectionRange (plist-get s :selectionRange))))) syms)
        (rl-check (equal names '("一、主要做法和取得成效" "二、存在的问题" "三、下一步打算")) "three section symbols in order")
        (rl-check (let ((sel (plist-get (aref syms 1) :selectionRange)))
                    (and (= 8 (plist-get (plist-get sel :start) :line))
                         (= 10 (plist-get (plist-get sel :end) :character))))
                  "symbol range in UTF-16: “## 二、存在的问题” ends at character 10"))
      (let* ((imenu (eglot-imenu))
             ;; Eglot groups top-level entries by symbol kind: (("Namespace" (NAME . POS) ...)).
             (entries (apply #'append (mapcar (lambda (g) (if (consp (cdr g)) (cdr g) (list g))) imenu))))
        (rl-out "eglot-imenu: %S" imenu)
        (rl-check (equal (mapcar #'car entries) '("一、主要做法和取得成效" "二、存在的问题" "三、下一步打算"))
                  "imenu lists the sections")
        (rl-check (equal (save-excursion (goto-char (cdr (nth 1 entries))) (buffer-substring (point) (line-end-position)))
                         "## 二、存在的问题")
                  "imenu jumps to the heading line"))

      ;; 6. Clean shutdown.
      (let ((proc (jsonrpc--process server)))
        (eglot-shutdown server)
        (rl-check (rl-wait (lambda () (not (process-live-p proc))) 5) "server process exited"))
      (set-buffer-modified-p nil)
      (delete-directory dir t))))

(condition-case err
    (rl-main)
  (error (rl-out "FAIL Lisp error: %S" err) (setq rl-failed (1+ rl-failed))))
(rl-out "RESULT emacs: %d passed, %d failed (%dms)" rl-passed rl-failed (rl-ms))
(kill-emacs (if (= rl-failed 0) 0 1))
