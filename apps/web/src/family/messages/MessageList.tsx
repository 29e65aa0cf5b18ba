import type { TFamilyLanguage, TMessage, TMessageAttachment } from '@lotse/shared';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { FileIcon } from '../components/requestIcons.tsx';
import { formatFileSize, formatMessageTime } from '../format.ts';
import { familyAttachmentUrl } from '../requestApi.ts';

/** A file in a message as a download link: icon, name, size. */
function AttachmentLink(props: { attachment: TMessageAttachment; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  const { attachment } = props;
  return (
    <a className="fam-attachment" href={familyAttachmentUrl(attachment.id)} download={attachment.filename}>
      <FileIcon />
      <span className="fam-attachment-text">
        <span className="visually-hidden">{t('attachments.download')}: </span>
        <bdi className="fam-attachment-name">{attachment.filename}</bdi>
        <span className="fam-attachment-size">{formatFileSize(props.lang, attachment.sizeBytes)}</span>
      </span>
    </a>
  );
}

/** The conversation, oldest first; own messages on the end side. */
export function MessageList(props: { messages: TMessage[]; lang: TFamilyLanguage }) {
  const { t } = useFamilyTranslation();
  return (
    <ol className="fam-messages">
      {props.messages.map((m) => (
        <li key={m.id} className={m.from === 'family' ? 'fam-message fam-message-own' : 'fam-message'}>
          <p className="fam-message-meta">
            <strong>
              {m.from === 'family' ? t('request.fromYou') : (m.author ?? t('request.fromOffice'))}
            </strong>
            {' · '}
            <time dateTime={m.createdAt}>{formatMessageTime(props.lang, new Date(m.createdAt))}</time>
          </p>
          {m.body ? (
            <p className="fam-message-body" dir="auto">
              {m.body}
            </p>
          ) : null}
          {m.attachment ? <AttachmentLink attachment={m.attachment} lang={props.lang} /> : null}
        </li>
      ))}
    </ol>
  );
}
