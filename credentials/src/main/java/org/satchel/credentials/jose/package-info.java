/**
 * VC-JOSE (W3C "Securing Verifiable Credentials using JOSE and COSE", §3.1): VC Data Model 2.0
 * credentials as compact JWS ({@code vc+jwt}, {@link VcJwt}) and holder-signed presentations of
 * enveloped credentials ({@code vp+jwt}, {@link VpJwt}), both signed with a {@link SigningKey}.
 */
package org.satchel.credentials.jose;
