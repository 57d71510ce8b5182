/** The pane's error bar (what happened, what to do next) and its short notices. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core/index";
import { TEXT, labelled } from "../i18n";
import type { PaneError } from "../state/errors";
import type { Notice } from "../use-workflow";

export function ErrorBar({
  error,
  lang,
  onDismiss,
}: {
  error: PaneError;
  lang: Lang;
  onDismiss: () => void;
}) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{TEXT.errorTitle[lang]}</MessageBarTitle>
        {error.message[lang]}
        <br />
        <strong>{labelled(TEXT.errorNext[lang], "", lang)}</strong>
        {error.next[lang]}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label={TEXT.dismiss[lang]}
            icon={<DismissRegular />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" role="status" data-testid="notice">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
