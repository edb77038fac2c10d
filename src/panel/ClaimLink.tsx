// "Link" on a claim: makes the claim the current one and copies its permalink, the country's own
// page with the claim (country/GBR/#claim=<id>: prerendered, so a link preview shows the country),
// or shows it selected for copying by hand when the clipboard is refused. The link is to the full
// map, also from inside an embed.
import { useState } from 'react';

import { siteUrl } from '../site-url';
import { countryPagePath } from '../store/page-url';
import { appStore } from '../store/store';
import { stateToHash, urlStateOf } from '../store/url';

export function ClaimLink({ iso3, claimId }: { iso3: string; claimId: string }) {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const onClick = async () => {
    appStore.getState().showClaim(iso3, claimId);
    const hash = stateToHash(urlStateOf(appStore.getState()), iso3);
    const url = `${siteUrl(countryPagePath(iso3))}${hash}`;
    setLink(url);
    setCopied(false);
    try {
      // Missing outside secure contexts, and refused when the page may not write the clipboard.
      if (!navigator.clipboard) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <span className="claim-link">
      <button type="button" className="link-button" data-testid="panel.claim-link" onClick={onClick}>
        Link<span className="visually-hidden"> to this claim</span>
      </button>
      <span role="status" className="claim-link-status">
        {link !== null && (copied ? 'Link copied.' : 'Copy the link:')}
      </span>
      {link !== null && (
        <input
          className="claim-permalink"
          data-testid="panel.claim-permalink"
          readOnly
          value={link}
          aria-label="Link to this claim"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}
